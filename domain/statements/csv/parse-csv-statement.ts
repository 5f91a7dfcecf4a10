/**
 * Reads a bank's CSV export end to end: bytes → text (encoding detected) → rows (delimiter
 * detected, card numbers cut) → where the table starts (header row scored below any preamble, or
 * no header row at all) → a known layout or the traveller's ColumnMapping → records with
 * fingerprints. Without either, it still returns the headers, a preview and a proposed mapping
 * with `needsMapping: true`, so the app can ask once. A file with column names but no rows is
 * refused (`csv.headerOnly`). Never throws on the file's content; limits (10 MB, 200 000 rows)
 * come back as issues. See docs/importers.md.
 */
import { assignFingerprints, redactRecordText } from "@/domain/issuer-records";
import { decodeStatementBytes, type StatementEncoding } from "../decode";
import { readStatementPeriod, type StatementPeriod } from "../statement-date";
import {
  countLines, MAX_CELL_CHARS, MAX_STATEMENT_BYTES, MAX_STATEMENT_COLUMNS, MAX_STATEMENT_ROWS, refuseStatement,
  type ParseStatementOptions, type StatementParseResult,
} from "../statement-result";
import { columnMappingSchema, mappedColumns, type ColumnMapping, type RowMapping } from "./column-mapping";
import { matchLayout, resolveLayoutMapping } from "./detect-layout";
import { detectHeaderRow } from "./find-header";
import { mapRows } from "./map-rows";
import { proposeMapping } from "./propose-mapping";
import { detectDelimiter, readTable, type TableRow } from "./read-table";

export type ParseCsvOptions = ParseStatementOptions & { mapping?: ColumnMapping; layoutId?: string };
export type CsvParseResult = StatementParseResult & {
  format: "csv";
  /** Where the header row is (index among non-blank rows), or "none": what the mapping screen shows as chosen. */
  headerRow?: number | "none";
  /** For an unknown layout: the mapping the engine would choose, to prefill the mapping screen. */
  proposal?: ColumnMapping;
};

/** A decoded CSV: what previewRows and the mapping screen work on. */
export type CsvTable = { rows: TableRow[]; delimiter: string; encoding: StatementEncoding };

const PREVIEW_ROWS = 10;

type Plan = {
  headerRow: number | "none";
  dataStart: number;
  layout: string | null;
  mapping: RowMapping | null;
  descriptionMode?: "join" | "first";
  isCardStatement?: boolean;
};

/** Bytes → rows, or the reason the file is refused as a whole (too large, too many rows, empty). */
/** The most delimiters on one line, and the longest stretch without a delimiter or line break. */
function scanShape(text: string, delimiter: string): { maxDelimiters: number; longestRun: number } {
  const sep = delimiter.charCodeAt(0);
  let maxDelimiters = 0;
  let onLine = 0;
  let longestRun = 0;
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      if (onLine > maxDelimiters) maxDelimiters = onLine;
      onLine = 0;
      if (run > longestRun) longestRun = run;
      run = 0;
    } else if (code === sep) {
      onLine += 1;
      if (run > longestRun) longestRun = run;
      run = 0;
    } else {
      run += 1;
    }
  }
  return { maxDelimiters: Math.max(maxDelimiters, onLine), longestRun: Math.max(longestRun, run) };
}

export function readCsvTable(bytes: Uint8Array): CsvTable | { refused: CsvParseResult } {
  if (bytes.length > MAX_STATEMENT_BYTES) return { refused: { ...refuseStatement("csv", "utf-8", "statement.tooLarge"), format: "csv" } };
  const { text, encoding } = decodeStatementBytes(bytes);
  if (countLines(text) > MAX_STATEMENT_ROWS + 100) return { refused: { ...refuseStatement("csv", encoding, "statement.tooManyRows"), format: "csv" } };
  const delimiter = detectDelimiter(text);
  // Before the CSV parser runs: a line with far more delimiters than any statement has, or a
  // run of text longer than any cell may be, is refused at the cost of one scan.
  const shape = scanShape(text, delimiter);
  if (shape.maxDelimiters >= MAX_STATEMENT_COLUMNS * 4) return { refused: { ...refuseStatement("csv", encoding, "statement.tooManyColumns"), format: "csv", delimiter } };
  if (shape.longestRun > MAX_CELL_CHARS * 4) return { refused: { ...refuseStatement("csv", encoding, "statement.cellTooLong"), format: "csv", delimiter } };
  const rows = readTable(text, delimiter);
  // Exactly, once parsed (quoted delimiters and quoted line breaks counted right).
  if (rows.some((row) => row.cells.length > MAX_STATEMENT_COLUMNS)) return { refused: { ...refuseStatement("csv", encoding, "statement.tooManyColumns"), format: "csv", delimiter } };
  if (rows.some((row) => row.cells.some((cell) => cell.length > MAX_CELL_CHARS))) return { refused: { ...refuseStatement("csv", encoding, "statement.cellTooLong"), format: "csv", delimiter } };
  if (rows.length === 0) return { refused: { ...refuseStatement("csv", encoding, "statement.empty"), format: "csv", delimiter } };
  return { rows, delimiter, encoding };
}

function headerOfMapping(rows: readonly TableRow[], mapping: ColumnMapping): { headerRow: number | "none"; dataStart: number } {
  if (mapping.headerRow === "none") return { headerRow: "none", dataStart: 0 };
  if (mapping.headerRow !== undefined) return { headerRow: mapping.headerRow, dataStart: mapping.headerRow + 1 };
  const layoutMatch = matchLayout(rows);
  if (layoutMatch) return { headerRow: layoutMatch.headerIndex, dataStart: layoutMatch.dataStart };
  const detected = detectHeaderRow(rows);
  return { headerRow: detected.headerRow, dataStart: detected.dataStart };
}

function planColumns(rows: readonly TableRow[], options: ParseCsvOptions): Plan | "invalid" {
  if (options.mapping) {
    const checked = columnMappingSchema.safeParse(options.mapping);
    if (!checked.success) return "invalid";
    return { ...headerOfMapping(rows, checked.data), layout: null, mapping: checked.data };
  }
  const match = matchLayout(rows, options.layoutId);
  if (match) {
    const header = match.headerIndex === "none" ? [] : (rows[match.headerIndex]?.cells ?? []);
    const mapping = resolveLayoutMapping(match.layout, header);
    const { id, descriptionMode, isCardStatement } = match.layout;
    return { headerRow: match.headerIndex, dataStart: match.dataStart, layout: id, mapping, descriptionMode, isCardStatement };
  }
  const detected = detectHeaderRow(rows);
  return { headerRow: detected.headerRow, dataStart: detected.dataStart, layout: null, mapping: null };
}

function withFallbackCurrency(mapping: RowMapping, currency: string | undefined): RowMapping {
  return mapping.currencyCode || !currency ? mapping : { ...mapping, currencyCode: currency.toUpperCase() };
}

/** The statement period stated above the table (a title "2024年01月", an export range). */
function periodAbove(rows: readonly TableRow[], dataStart: number): StatementPeriod | null {
  return readStatementPeriod(rows.slice(0, Math.min(dataStart, 20)).map((r) => r.cells.join(" ")));
}

export function parseCsvStatement(bytes: Uint8Array, options: ParseCsvOptions = {}): CsvParseResult {
  const table = readCsvTable(bytes);
  if ("refused" in table) return table.refused;
  const { rows, encoding, delimiter } = table;
  const base = { format: "csv" as const, encoding, delimiter };
  const plan = planColumns(rows, options);
  if (plan === "invalid") return { ...refuseStatement("csv", encoding, "csv.mappingInvalid"), ...base };
  const dataRows = rows.slice(plan.dataStart);
  // Without a header row, `headers` repeats the first row's cells so every column still has a
  // label on today's mapping screen (and a per-file mappingKey); `headerRow: "none"` says the truth.
  const headers = plan.headerRow === "none" ? (dataRows[0]?.cells ?? []) : (rows[plan.headerRow]?.cells ?? []);
  const width = Math.max(headers.length, ...dataRows.slice(0, 20).map((r) => r.cells.length));
  if (options.mapping && mappedColumns(options.mapping).some((c) => c >= width)) return { ...refuseStatement("csv", encoding, "csv.mappingInvalid"), ...base };
  const preview = plan.headerRow === "none"
    ? [headers, ...dataRows.slice(0, PREVIEW_ROWS).map((r) => r.cells)]
    : rows.slice(plan.headerRow, plan.dataStart + PREVIEW_ROWS).map((r) => r.cells);
  const result = { ...base, layout: plan.layout, headers, preview, headerRow: plan.headerRow };
  if (dataRows.length === 0) return { ...result, records: [], issues: [{ line: 0, message: "csv.headerOnly" }], needsMapping: false };
  if (dataRows.length > MAX_STATEMENT_ROWS) return { ...result, records: [], issues: [{ line: 0, message: "statement.tooManyRows" }], needsMapping: false };
  if (!plan.mapping) return { ...result, records: [], issues: [], needsMapping: true, proposal: proposeMapping(headers, dataRows.slice(0, 50), plan.headerRow) };
  const mapped = mapRows(dataRows, withFallbackCurrency(plan.mapping, options.currency), {
    descriptionMode: plan.descriptionMode, isCardStatement: plan.isCardStatement, period: periodAbove(rows, plan.dataStart),
  });
  const records = assignFingerprints(mapped.records.map(redactRecordText));
  const issues = records.length === 0 && mapped.issues.length === 0 ? [{ line: 0, message: "statement.noTransactions" as const }] : mapped.issues;
  return { ...result, records, issues, needsMapping: false };
}

export { PREVIEW_ROWS, periodAbove, planColumns, withFallbackCurrency };
