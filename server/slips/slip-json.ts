/**
 * How slips travel through the JSON API: the SlipView plus each amount as a decimal string in
 * its currency ("12.50", "1280", "3.250") beside the integer minor units, and photo URLs.
 * Requests carry the same field names and string formats as the slip form (docs/slips.md).
 */
import "server-only";
import { formatMinorAsDecimal } from "@/domain/money";
import { AppError } from "@/server/errors";
import type { UploadedPhoto } from "@/server/photos/process-photo";
import type { SlipListItem } from "@/server/slips/slip-queries";
import { slipFieldsFromFormData } from "@/server/slips/read-slip-input";
import { uploadsFromFormData } from "@/server/photos/slip-photos";
import type { SlipView } from "@/server/slips/slip-view";
import type { TrackingView } from "@/server/tracking/tracking-queries";
import { toApiTracking } from "@/server/tracking/tracking-json";

const decimal = (minor: number | null, currency: string | null) => (minor === null || !currency ? null : formatMinorAsDecimal(minor, currency));

export function photoUrl(slipId: string, photoId: string, size?: "thumb"): string {
  return `/api/slips/${slipId}/photos/${photoId}${size ? `?size=${size}` : ""}`;
}

/** With `tracking` (GET /api/slips/{id}): status, evidence, next step and matches; see tracking-json.ts. */
export function toApiSlip(slip: SlipView, tracking?: TrackingView | null) {
  return {
    ...slip,
    ...(tracking === undefined ? {} : { tracking: toApiTracking(tracking) }),
    amount: decimal(slip.amountMinor, slip.currency),
    dccHomeAmount: decimal(slip.dccHomeAmountMinor, slip.dccHomeCurrency),
    paidInsteadAmount: decimal(slip.paidInsteadAmountMinor, slip.paidInsteadCurrency),
    photos: slip.photos.map((photo) => ({ ...photo, url: photoUrl(slip.id, photo.id), thumbnailUrl: photoUrl(slip.id, photo.id, "thumb") })),
  };
}

export function toApiListItem(item: SlipListItem) {
  return { ...item, amount: decimal(item.amountMinor, item.currency) };
}

function badBody(key: "errors.invalidJson" | "errors.unsupportedContentType"): AppError {
  return new AppError("invalidInput", { _form: [key] });
}

/** A JSON object body (PATCH, or POST without photos). */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) throw badBody("errors.unsupportedContentType");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw badBody("errors.invalidJson");
  }
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

export async function readMultipart(request: Request): Promise<FormData> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) throw badBody("errors.unsupportedContentType");
  try {
    return await request.formData();
  } catch {
    throw badBody("errors.unsupportedContentType");
  }
}
