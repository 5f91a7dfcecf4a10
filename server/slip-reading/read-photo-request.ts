import "server-only";
/**
 * `POST /api/slips/read-photo` and the form's "Read the slip" step: one photo in, proposed slip
 * fields out — nothing stored. Order: signed-in user → rate limit per user → zod on the
 * multipart form → the photo checked by content and re-encoded (server/photos/process-photo,
 * which also drops its metadata) → OCR in the shared pool → every proposed value through the
 * card-number guard once more at this boundary (the extractor already cuts full numbers; this
 * is the last line before anything leaves the server). The OCR text never leaves readSlipPhoto.
 * See docs/slips.md#reading-a-slip-photo.
 */
import { z } from "zod";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import type { SlipFormField } from "@/domain/slips";
import type { ReadWarning } from "@/domain/slips/read-slip";
import { AppError } from "@/server/errors";
import { PHOTO_LIMITS, processPhoto, type UploadedPhoto } from "@/server/photos/process-photo";
import { isUnchosenFile } from "@/server/photos/slip-photos";
import { hitRateLimit } from "@/server/http/rate-limit";
import { OcrBusyError, readSlipPhoto, type ReadSlipPhotoOptions, type SlipPhotoReading } from "./read-slip-photo";

/** Reads per user per window: a traveller photographs a handful of slips; a script gets refused. */
export const READ_PHOTO_LIMIT = { perWindow: 30, windowMs: 10 * 60 * 1000 } as const;
/** The multipart envelope around one ≤ 10 MB photo never needs more than this. */
export const MAX_BODY_BYTES = PHOTO_LIMITS.maxBytes + 256 * 1024;
/** A read takes a few seconds; a full queue (16 waiting on 2 readers) drains in about this long. */
const BUSY_RETRY_SECONDS = 15;

const readPhotoFormSchema = z.object({
  photo: z.instanceof(File, { message: "slipReading.errors.noPhoto" }).refine((file) => !isUnchosenFile(file), { message: "slipReading.errors.noPhoto" }),
  countryHint: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: "errors.invalidField" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type ProposedField = { value: string; confidence: number };
export type PhotoProposal = {
  fields: Partial<Record<SlipFormField, ProposedField>>;
  brand: ProposedField | null;
  outcome: ProposedField | null;
  warnings: ReadWarning[];
};

const LAST4 = /^\d{4}$/;

/** The reading as the API and the form receive it: values and confidences, each value guarded. */
export function toPhotoProposal(reading: Pick<SlipPhotoReading, "fields" | "brand" | "outcome" | "warnings">): PhotoProposal {
  const warnings = [...reading.warnings];
  const fields: PhotoProposal["fields"] = {};
  for (const [name, field] of Object.entries(reading.fields) as [SlipFormField, { value: string; confidence: number }][]) {
    const refused = containsCardNumber(field.value) || ((name === "cardLast4" || name === "paidInsteadCardLast4") && !LAST4.test(field.value));
    if (refused) {
      warnings.push({ code: "valueRefused", field: name });
      continue;
    }
    fields[name] = { value: field.value, confidence: field.confidence };
  }
  return {
    fields,
    brand: reading.brand ? { value: reading.brand.value, confidence: reading.brand.confidence } : null,
    outcome: reading.outcome ? { value: reading.outcome.value, confidence: reading.outcome.confidence } : null,
    warnings,
  };
}

function photoError(key: string, field = "photo"): AppError {
  return new AppError("invalidInput", { [field]: [key] });
}

/** Refuses a body that announces more than one photo can need, before reading any of it. */
export function checkBodySize(request: Request): void {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) throw photoError("photos.errors.tooLarge");
}

/** Counts one read for the user; throws rateLimited (with its wait) past the limit. */
export async function countPhotoRead(userId: string, now = new Date()): Promise<void> {
  const { allowed, retryAfterSeconds } = await hitRateLimit(`read-photo:${userId}`, READ_PHOTO_LIMIT.perWindow, READ_PHOTO_LIMIT.windowMs, now);
  if (!allowed) throw new AppError("rateLimited", undefined, retryAfterSeconds);
}

/** Validates the API's form (`photo`, optional `countryHint`), checks the photo and reads it. */
export async function readPhotoFromForm(form: FormData, options: Omit<ReadSlipPhotoOptions, "countryHint">, read = readSlipPhoto): Promise<PhotoProposal> {
  const parsed = readPhotoFormSchema.safeParse({ photo: form.get("photo") ?? undefined, countryHint: form.get("countryHint") ?? undefined });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    throw new AppError("invalidInput", fieldErrors);
  }
  const { photo, countryHint } = parsed.data;
  const upload = { fileName: photo.name, bytes: new Uint8Array(await photo.arrayBuffer()) };
  return readUpload(upload, { ...options, ...(countryHint ? { countryHint } : {}) }, { read });
}

/**
 * Checks one upload by content (and re-encodes it), then reads it. A full queue becomes the
 * translated `ocrBusy`; photo problems come back under `field`.
 */
export async function readUpload(upload: UploadedPhoto, options: ReadSlipPhotoOptions, { read = readSlipPhoto, field = "photo" } = {}): Promise<PhotoProposal> {
  const checked = await processPhoto(upload);
  if (!checked.ok) throw photoError(checked.error, field);
  try {
    return toPhotoProposal(await read(checked.photo.full, options));
  } catch (error) {
    if (error instanceof OcrBusyError) throw new AppError("ocrBusy", undefined, BUSY_RETRY_SECONDS);
    throw error;
  }
}
