/**
 * Turns an uploaded file into a photo we are willing to keep and serve: checked by its bytes
 * (file-type), never by its name or the browser's type header; then decoded and re-encoded by
 * sharp, which applies the EXIF orientation and writes no metadata at all — GPS position,
 * camera serial and timestamps are gone — plus a thumbnail. Anything sharp cannot decode
 * completely (a truncated JPEG, a polyglot) is refused. Problems come back as message keys
 * under "photos.errors", never thrown. See docs/slips.md ("Photo pipeline").
 */
import "server-only";
import sharp from "sharp";
import { fileTypeFromBuffer } from "file-type";
import { containsCardNumber } from "@/domain/cards/card-number-guard";

export const PHOTO_LIMITS = {
  /** Per file, as uploaded. A phone photo is 2–6 MB; 10 MB leaves room for large sensors. */
  maxBytes: 10 * 1024 * 1024,
  /** 40 megapixels: above any phone camera, far below what would exhaust memory when decoded. */
  maxPixels: 40_000_000,
  maxPerSlip: 5,
  /** Longest edge kept: every character of a slip stays legible. */
  maxEdge: 3000,
  thumbEdge: 480,
} as const;

export const PHOTO_ERROR_KEYS = [
  "photos.errors.empty",
  "photos.errors.tooLarge",
  "photos.errors.heic",
  "photos.errors.unsupportedType",
  "photos.errors.unreadable",
  "photos.errors.tooManyPixels",
  "photos.errors.fileNameCardNumber",
  "photos.errors.tooMany",
] as const;
export type PhotoErrorKey = (typeof PHOTO_ERROR_KEYS)[number];

export type UploadedPhoto = { fileName: string; bytes: Uint8Array };
export type ProcessedPhoto = {
  full: Buffer;
  thumb: Buffer;
  contentType: "image/jpeg";
  extension: "jpg";
  width: number;
  height: number;
};
export type ProcessPhotoResult = { ok: true; photo: ProcessedPhoto } | { ok: false; error: PhotoErrorKey };

const ACCEPTED_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);
const HEIC_TYPES = new Set(["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"]);

function refuse(error: PhotoErrorKey): ProcessPhotoResult {
  return { ok: false, error };
}

/** The cheap checks (name, size, type by content), without decoding: null when they pass. */
export async function checkPhotoContent(upload: UploadedPhoto): Promise<PhotoErrorKey | null> {
  // The name is never stored, but a pasted card number must not pass through us at all.
  if (containsCardNumber(upload.fileName)) return "photos.errors.fileNameCardNumber";
  if (upload.bytes.byteLength === 0) return "photos.errors.empty";
  if (upload.bytes.byteLength > PHOTO_LIMITS.maxBytes) return "photos.errors.tooLarge";
  const type = await fileTypeFromBuffer(upload.bytes);
  if (type && HEIC_TYPES.has(type.mime)) return "photos.errors.heic";
  if (!type || !ACCEPTED_TYPES.has(type.mime)) return "photos.errors.unsupportedType";
  return null;
}

const SHARP_INPUT = { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: "warning" } as const;

async function reencode(bytes: Uint8Array): Promise<ProcessPhotoResult> {
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await sharp(bytes, SHARP_INPUT).metadata());
  } catch (error) {
    return refuse(isPixelLimitError(error) ? "photos.errors.tooManyPixels" : "photos.errors.unreadable");
  }
  if (!width || !height) return refuse("photos.errors.unreadable");
  if (width * height > PHOTO_LIMITS.maxPixels) return refuse("photos.errors.tooManyPixels");
  try {
    // rotate() with no angle applies the EXIF orientation; no keep*/with* call means the
    // output carries no EXIF, XMP, IPTC or ICC data. Transparent PNGs get a white background.
    const { data: full, info } = await sharp(bytes, SHARP_INPUT)
      .rotate()
      .flatten({ background: "#ffffff" })
      .resize({ width: PHOTO_LIMITS.maxEdge, height: PHOTO_LIMITS.maxEdge, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(full)
      .resize({ width: PHOTO_LIMITS.thumbEdge, height: PHOTO_LIMITS.thumbEdge, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 75, mozjpeg: true })
      .toBuffer();
    return { ok: true, photo: { full, thumb, contentType: "image/jpeg", extension: "jpg", width: info.width, height: info.height } };
  } catch (error) {
    return refuse(isPixelLimitError(error) ? "photos.errors.tooManyPixels" : "photos.errors.unreadable");
  }
}

function isPixelLimitError(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}

/** Checks and re-encodes one upload; never throws for anything about the file itself. */
export async function processPhoto(upload: UploadedPhoto): Promise<ProcessPhotoResult> {
  const problem = await checkPhotoContent(upload);
  return problem ? refuse(problem) : reencode(upload.bytes);
}
