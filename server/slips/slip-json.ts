/**
 * How slips travel through the JSON API: the SlipView plus each amount as a decimal string in
 * its currency ("12.50", "1280", "3.250") beside the integer minor units, and photo URLs.
 * Requests carry the same field names and string formats as the slip form (docs/slips.md).
 */
import "server-only";
import { z } from "zod";
import { formatMinorAsDecimal } from "@/domain/money";
import { ENTRY_MODES, PAID_INSTEAD_METHODS } from "@/domain/slips";
import { SLIP_STATUSES } from "@/domain/status";
import { apiSchemas } from "@/server/http/openapi-common";
import { AppError } from "@/server/errors";
import { PHOTO_LIMITS, type UploadedPhoto } from "@/server/photos/process-photo";
import { readJsonLimited, readMultipartLimited } from "@/server/http/read-body";
import type { SlipListItem } from "@/server/slips/slip-queries";
import { slipFieldsFromFormData } from "@/server/slips/read-slip-input";
import { uploadsFromFormData } from "@/server/photos/slip-photos";
import type { SlipView } from "@/server/slips/slip-view";
import type { TrackingView } from "@/server/tracking/tracking-queries";
import { toApiTracking } from "@/server/tracking/tracking-json";

// Response schemas: what toApiSlip / toApiListItem send, and (generated) the OpenAPI components.
const nullableString = z.string().nullable();
const nullableInteger = z.number().int().nullable();
const decimalText = z.string().meta({ description: "The amount as a decimal string in its currency, e.g. \"12.50\", \"1280\", \"3.250\"." });

export const slipPhotoJson = z
  .strictObject({ id: z.string(), width: z.number().int(), height: z.number().int(), url: z.string(), thumbnailUrl: z.string() })
  .register(apiSchemas, { id: "SlipPhoto" });

export const slipListItemJson = z
  .strictObject({
    id: z.string(), merchantName: z.string(), city: nullableString, country: z.string(),
    localDateTime: z.string(), timeZone: z.string(),
    amountMinor: z.number().int().meta({ description: "Integer minor units of `currency` (JPY 0, EUR 2, KWD 3 decimals)." }),
    amount: decimalText.nullable(),
    currency: z.string(), photoCount: z.number().int(),
    status: z.enum(SLIP_STATUSES).meta({ description: "Today's tracking status, as in GET /api/payments." }),
    statusIsProbable: z.boolean().meta({ description: "The status rests on a match not yet confirmed: show it as \"probably … — please confirm\"." }),
  })
  .register(apiSchemas, { id: "SlipListItem" });

export const slipJson = z
  .strictObject({
    id: z.string(), merchantName: z.string(), city: nullableString, country: z.string(),
    localDateTime: z.string().meta({ description: "Local wall-clock time on the slip, YYYY-MM-DDTHH:mm." }), timeZone: z.string(),
    amountMinor: z.number().int(), amount: decimalText.nullable(), currency: z.string(),
    cardLast4: z.string().regex(/^\d{4}$/),
    entryMode: z.enum(ENTRY_MODES),
    mid: nullableString, tid: nullableString, batch: nullableString, trace: nullableString, rrn: nullableString,
    approvalCode: nullableString, aid: nullableString, applicationLabel: nullableString, tvr: nullableString,
    tsi: nullableString, responseCode: nullableString, offlineWording: nullableString, dccRate: nullableString,
    dccHomeAmountMinor: nullableInteger, dccHomeAmount: nullableString, dccHomeCurrency: nullableString,
    paidInsteadMethod: z.enum(PAID_INSTEAD_METHODS).nullable(),
    paidInsteadCardLast4: nullableString, paidInsteadAmountMinor: nullableInteger, paidInsteadAmount: nullableString,
    paidInsteadCurrency: nullableString, notes: nullableString, savedDiagnosisId: nullableString,
    printedAs: z.record(z.string(), z.string()).meta({ description: "Identifiers as the slip printed them, where that differs from the normalised value in its own field (e.g. { \"tid\": \"T-0042\" } beside tid \"T0042\")." }),
    createdAt: z.string().meta({ format: "date-time" }), updatedAt: z.string().meta({ format: "date-time" }),
    photos: z.array(slipPhotoJson),
    // The tracking shape is described by server/tracking/tracking-openapi.ts (still hand-written).
    tracking: z.unknown().optional().meta({ $ref: "#/components/schemas/SlipTracking", description: "GET /api/slips/{id} only: status, evidence, next step and matches." }),
  })
  .register(apiSchemas, { id: "Slip" });

export type ApiSlip = z.output<typeof slipJson>;
export type ApiSlipListItem = z.output<typeof slipListItemJson>;

const decimal = (minor: number | null, currency: string | null) => (minor === null || !currency ? null : formatMinorAsDecimal(minor, currency));

export function photoUrl(slipId: string, photoId: string, size?: "thumb"): string {
  return `/api/slips/${slipId}/photos/${photoId}${size ? `?size=${size}` : ""}`;
}

/** With `tracking` (GET /api/slips/{id}): status, evidence, next step and matches; see tracking-json.ts. */
export function toApiSlip(slip: SlipView, tracking?: TrackingView | null): ApiSlip {
  return {
    ...slip,
    ...(tracking === undefined ? {} : { tracking: toApiTracking(tracking) }),
    amount: decimal(slip.amountMinor, slip.currency),
    dccHomeAmount: decimal(slip.dccHomeAmountMinor, slip.dccHomeCurrency),
    paidInsteadAmount: decimal(slip.paidInsteadAmountMinor, slip.paidInsteadCurrency),
    photos: slip.photos.map((photo) => ({ ...photo, url: photoUrl(slip.id, photo.id), thumbnailUrl: photoUrl(slip.id, photo.id, "thumb") })),
  };
}

export function toApiListItem(item: SlipListItem): ApiSlipListItem {
  return { ...item, amount: decimal(item.amountMinor, item.currency) };
}

function badBody(key: "errors.invalidJson" | "errors.unsupportedContentType"): AppError {
  return new AppError("invalidInput", { _form: [key] });
}

/** A JSON object body (PATCH, or POST without photos). */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) throw badBody("errors.unsupportedContentType");
  const body = await readJsonLimited(request, MAX_JSON_BODY);
  if (!body || typeof body !== "object" || Array.isArray(body)) throw badBody("errors.invalidJson");
  return body as Record<string, unknown>;
}

/** POST /api/slips: JSON fields, or a multipart form with the fields and `photos` files. */
export async function readSlipRequest(request: Request): Promise<{ raw: Record<string, unknown>; uploads: UploadedPhoto[] }> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const form = await readMultipart(request);
    return { raw: slipFieldsFromFormData(form), uploads: await uploadsFromFormData(form) };
  }
  return { raw: await readJsonObject(request), uploads: [] };
}

/**
 * Body ceilings, counted while the body arrives (server/http/read-body.ts), so a 200 MB or endless
 * upload is refused at the limit instead of being buffered: a slip's JSON is a few KB; a multipart
 * form holds at most PHOTO_LIMITS.maxPerSlip photos of PHOTO_LIMITS.maxBytes plus the fields.
 */
const MAX_JSON_BODY = 256 * 1024;
export const MAX_MULTIPART_BODY = PHOTO_LIMITS.maxPerSlip * PHOTO_LIMITS.maxBytes + 256 * 1024;

export async function readMultipart(request: Request, maxBytes = MAX_MULTIPART_BODY): Promise<FormData> {
  return readMultipartLimited(request, maxBytes, { photos: ["photos.errors.tooLarge"] });
}
