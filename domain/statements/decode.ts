/**
 * Turns the bytes of an uploaded statement into text. Banks export in whatever their systems
 * use: UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode text"), GBK/GB18030 (Chinese
 * banks), Shift_JIS (Japanese cards) and Windows-1252 (older European exports). Order: a BOM
 * decides; else UTF-16 is recognised by its zero bytes; else valid UTF-8 is UTF-8 (a legacy file
 * almost never is valid UTF-8 by chance); else chardet chooses among the three legacy encodings
 * we support, Windows-1252 being the fallback that decodes any byte. See docs/importers.md.
 */
import chardet from "chardet";
import iconv from "iconv-lite";

export type StatementEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "shift_jis" | "windows-1252";

export type DecodedStatement = { text: string; encoding: StatementEncoding };

const SAMPLE_BYTES = 64 * 1024;

function detectBom(bytes: Uint8Array): StatementEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** ASCII-heavy UTF-16 without a BOM: one byte of each pair is zero most of the time. */
function detectBomlessUtf16(bytes: Uint8Array): StatementEncoding | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** chardet's best guess mapped onto the encodings we support; other guesses are skipped. */
function guessLegacyEncoding(bytes: Uint8Array): StatementEncoding {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  for (const match of chardet.analyse(sample)) {
    const name = match.name.toLowerCase();
    if (name === "gb18030") return "gb18030";
    if (name === "shift_jis") return "shift_jis";
    if (name.startsWith("iso-8859") || name.startsWith("windows-125")) return "windows-1252";
  }
  return "windows-1252";
}

/** Picks the encoding without decoding the whole file. */
export function detectStatementEncoding(bytes: Uint8Array): StatementEncoding {
  return detectBom(bytes) ?? detectBomlessUtf16(bytes) ?? (isValidUtf8(bytes) ? "utf-8" : guessLegacyEncoding(bytes));
}

/** Never throws: any byte sequence decodes to some text (invalid bytes become U+FFFD). */
export function decodeStatementBytes(bytes: Uint8Array): DecodedStatement {
  const encoding = detectStatementEncoding(bytes);
  // iconv-lite strips a BOM for every encoding, so a BOM never becomes part of the first header.
  const text = iconv.decode(bytes, encoding);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
