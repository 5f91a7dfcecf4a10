/**
 * One entry point for any statement upload: `parseStatementFile(bytes, fileName)` looks at the
 * content first — an OFX header or <OFX> element, a camt Document, a QIF "!Type:" line — and
 * only then at the file name (a ".qfx" of unusual shape is still tried as OFX); anything else is
 * read as CSV. Every parser returns the same result shape, so the preview screen does not care
 * which format came in. See docs/importers.md.
 */
import { parseCamtStatement } from "./camt";
import { parseCsvStatement, type ParseCsvOptions } from "./csv/parse-csv-statement";
import { decodeStatementBytes } from "./decode";
import { parseOfxStatement } from "./ofx";
import { parseQifStatement } from "./qif";
import { detectNotStatement } from "./sniff-content";
import { MAX_STATEMENT_BYTES, refuseStatement, type StatementFormat, type StatementParseResult } from "./statement-result";

const SNIFF_BYTES = 4096;

/** Guesses the format from the first few kilobytes and the name; never throws. */
export function detectStatementFormat(bytes: Uint8Array, fileName = ""): StatementFormat {
  const head = decodeStatementBytes(bytes.subarray(0, SNIFF_BYTES)).text.replace(/^\uFEFF/, "").trimStart();
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (/^OFXHEADER\s*:/i.test(head) || /<OFX[\s>]/i.test(head) || /<\?OFX\s/i.test(head)) return "ofx";
  if (/^<\?xml|^</.test(head) && /camt\.05[234]|<(?:\w+:)?BkToCstmr/i.test(head)) return "camt";
  if (/^!(type|account|option|clear)/i.test(head)) return "qif";
  // The name only breaks ties for markup-looking content: a CSV saved as ".ofx" is still a CSV.
  const isMarkup = head.startsWith("<");
  if ((extension === "ofx" || extension === "qfx") && (isMarkup || /^[A-Z]+:/.test(head))) return "ofx";
  if (extension === "qif" && /^\^$/m.test(head)) return "qif";
  if (isMarkup && (extension === "xml" || /^<\?xml/.test(head))) return "camt";
  return "csv";
}

/** Any statement file → records, issues and (for CSV) the mapping preview, plus the format used. */
export function parseStatementFile(bytes: Uint8Array, fileName = "", options: ParseCsvOptions = {}): StatementParseResult {
  if (bytes.length > MAX_STATEMENT_BYTES) return refuseStatement(null, "utf-8", "statement.tooLarge");
  if (bytes.length === 0) return refuseStatement(null, "utf-8", "statement.empty");
  const notStatement = detectNotStatement(bytes);
  if (notStatement) return refuseStatement(null, "utf-8", notStatement);
  const format = detectStatementFormat(bytes, fileName);
  if (format === "ofx") return parseOfxStatement(bytes, options);
  if (format === "camt") return parseCamtStatement(bytes);
  if (format === "qif") return parseQifStatement(bytes, options);
  return parseCsvStatement(bytes, options);
}
