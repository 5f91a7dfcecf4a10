/**
 * Refuses XML that declares anything. A DOCTYPE or ENTITY declaration is how billion-laughs
 * (exponential entity expansion) and external-entity attacks (reading local files, fetching
 * URLs) get in, and no bank statement needs one. The check runs on the raw text before any XML
 * parser sees it, case-insensitively, on the text as decoded AND on a UTF-16 reading of the bytes,
 * so a declaration hidden in another encoding is still found. Our parsers never resolve
 * entities either (processEntities: false): this is the second lock. See docs/importers.md.
 */
import iconv from "iconv-lite";
import { decodeStatementBytes, type StatementEncoding } from "./decode";
import { MAX_STATEMENT_BYTES, refuseStatement, type StatementFormat, type StatementParseResult } from "./statement-result";

const DECLARATION = /<!\s*(doctype|entity|element|attlist|notation)/i;

function hasDeclaration(text: string): boolean {
  return DECLARATION.test(text);
}

/** True when the file must be refused. Cheap: a few regex scans of at most 10 MB. */
export function hasXmlDeclarations(text: string, bytes?: Uint8Array): boolean {
  if (hasDeclaration(text)) return true;
  if (!bytes || bytes.length < 4) return false;
  // Bytes decoded another way than the detector chose: "<\0!\0D\0…" or "\0<\0!…".
  return hasDeclaration(iconv.decode(bytes, "utf-16le")) || hasDeclaration(iconv.decode(bytes, "utf-16be"));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five predefined entities and numeric references — the only ones a declaration-free file can use. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (NAMED_ENTITIES[lower]) return NAMED_ENTITIES[lower];
    const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A statement writes a handful of `&amp;`s and `&#…;`s; a file of a million (5 MB of `&#65;`)
 * only makes the parser and decodeXmlText build huge strings (164 MB, bench/hostile.ts). Past
 * this many references a file is refused before any parser runs.
 */
export const MAX_XML_REFERENCES = 50_000;

function countReferences(text: string): number {
  let count = 0;
  for (let at = text.indexOf("&"); at !== -1 && count <= MAX_XML_REFERENCES; at = text.indexOf("&", at + 1)) count += 1;
  return count;
}

/** Size limit, decoding and the declaration check shared by the XML-ish formats (OFX, camt). */
export function readXmlStatement(
  bytes: Uint8Array, format: StatementFormat,
): { text: string; encoding: StatementEncoding } | { refused: StatementParseResult } {
  if (bytes.length > MAX_STATEMENT_BYTES) return { refused: refuseStatement(format, "utf-8", "statement.tooLarge") };
  const { text, encoding } = decodeStatementBytes(bytes);
  if (hasXmlDeclarations(text, bytes)) return { refused: refuseStatement(format, encoding, "xml.declarationRefused") };
  if (countReferences(text) > MAX_XML_REFERENCES) return { refused: refuseStatement(format, encoding, "xml.tooManyReferences") };
  return { text, encoding };
}
