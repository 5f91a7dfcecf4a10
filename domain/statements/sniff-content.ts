/**
 * Tells, from the bytes alone, an upload that is no statement at all — a photo, a PDF, a ZIP or
 * spreadsheet workbook, any other binary — so the traveller gets "this is a picture, not a
 * statement" instead of a mapping screen full of garbage. `detectNotStatement` is synchronous and
 * runs inside parseStatementFile: the signatures of the files people actually pick by mistake,
 * then a text test (NUL and control bytes, UTF-16 allowed). `sniffUpload` is the fuller check the
 * server runs before parsing: the same, then file-type (which knows a hundred more formats; it is
 * asynchronous, hence not in the parser). See docs/importers.md ("Refusals").
 */
import { fileTypeFromBuffer } from "file-type/core";
import { decodeStatementBytes, detectStatementEncoding } from "./decode";

export type NotStatementKey =
  | "statement.notStatementImage"
  | "statement.notStatementPdf"
  | "statement.notStatementArchive"
  | "statement.notStatementBinary";

const SIGNATURES: readonly { bytes: readonly (number | null)[]; offset?: number; key: NotStatementKey }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], key: "statement.notStatementImage" }, // PNG
  { bytes: [0xff, 0xd8, 0xff], key: "statement.notStatementImage" }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], key: "statement.notStatementImage" }, // GIF8
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], key: "statement.notStatementImage" }, // RIFF….WEBP
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, key: "statement.notStatementImage" }, // ISO-BMFF "ftyp": HEIC/AVIF photos
  { bytes: [0x42, 0x4d, null, null, null, null, 0x00, 0x00, 0x00, 0x00], key: "statement.notStatementImage" }, // BMP ("BM", size, reserved zeros: not a CSV starting "BMW")
  { bytes: [0x49, 0x49, 0x2a, 0x00], key: "statement.notStatementImage" }, // TIFF little-endian
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], key: "statement.notStatementImage" }, // TIFF big-endian
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], key: "statement.notStatementPdf" }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], key: "statement.notStatementArchive" }, // ZIP, XLSX, DOCX
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], key: "statement.notStatementArchive" }, // OLE2: old .xls
  { bytes: [0x1f, 0x8b], key: "statement.notStatementArchive" }, // gzip
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], key: "statement.notStatementArchive" }, // 7z
  { bytes: [0x52, 0x61, 0x72, 0x21], key: "statement.notStatementArchive" }, // RAR
];

const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, signature: readonly (number | null)[], offset = 0): boolean {
  return signature.every((b, i) => b === null || bytes[offset + i] === b);
}

/** Text has no NUL bytes (outside UTF-16) and almost no control characters other than tab, newlines and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const isControl = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1a;
  if (detectStatementEncoding(head).startsWith("utf-16")) {
    // UTF-16 text has zero bytes by design: judge the decoded characters instead.
    const text = decodeStatementBytes(head).text;
    let control = 0;
    for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 0 || isControl(text.charCodeAt(i))) control += 1;
    return control > text.length * 0.02;
  }
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (isControl(byte)) control += 1;
  }
  return control > head.length * 0.02;
}

/** The reason an upload is no statement, or null when it may be one (text). */
export function detectNotStatement(bytes: Uint8Array): NotStatementKey | null {
  for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes, signature.offset)) return signature.key;
  return looksBinary(bytes) ? "statement.notStatementBinary" : null;
}

function keyOfMime(mime: string): NotStatementKey | null {
  if (/xml|text|json|csv/.test(mime)) return null;
  if (mime.startsWith("image/")) return "statement.notStatementImage";
  if (mime === "application/pdf") return "statement.notStatementPdf";
  if (/zip|compressed|x-tar|x-7z|rar|gzip|bzip|xz|officedocument|ms-excel|vnd\.oasis/.test(mime)) return "statement.notStatementArchive";
  return "statement.notStatementBinary";
}

/** The server's check before parsing: the signatures above, then file-type for everything else it recognises. */
export async function sniffUpload(bytes: Uint8Array): Promise<{ refusal: NotStatementKey | null; mime?: string }> {
  const quick = detectNotStatement(bytes);
  const type = await fileTypeFromBuffer(bytes.subarray(0, 64 * 1024)).catch(() => undefined);
  if (quick) return { refusal: quick, mime: type?.mime };
  return { refusal: type ? keyOfMime(type.mime) : null, mime: type?.mime };
}
