/**
 * Reads a bank's CSV export end to end: bytes → text (encoding detected) → rows (delimiter
 * detected, card numbers cut) → header row (bank preamble skipped) → a known layout or the
 * traveller's ColumnMapping → records with fingerprints. Without either, it still returns the
 * headers and a preview with `needsMapping: true`, so the app can ask once. Never throws on the
 * file's content; limits (10 MB, 200 000 rows) come back as issues. See docs/importers.md.
 */
import { assignFingerprints, redactRecordText } from "@/domain/issuer-records";
import { decodeStatementBytes } from "../decode";
import {
  countLines, MAX_STATEMENT_BYTES, MAX_STATEMENT_ROWS, refuseStatement,
  type ParseStatementOptions, type StatementParseResult,
} from "../statement-result";
import { columnMappingSchema, type ColumnMapping, type RowMapping } from "./column-mapping";
import { matchLayout, resolveLayoutMapping } from "./detect-layout";
import { mapRows } from "./map-rows";
import { detectDelimiter, findHeaderRow, readTable, type TableRow } from "./read-table";

export type ParseCsvOptions = ParseStatementOptions & { mapping?: ColumnMapping; layoutId?: string };
export type CsvParseResult = StatementParseResult & { format: "csv" };

const PREVIEW_ROWS = 10;

type Plan = {
  headerIndex: number;
  layout: string | null;
  mapping: RowMapping | null;
  descriptionMode?: "join" | "first";
  isCardStatement?: boolean;
};

function planColumns(rows: readonly TableRow[], options: ParseCsvOptions): Plan | "invalid" {
  if (options.mapping) {
    const checked = columnMappingSchema.safeParse(options.mapping);
    if (!checked.success) return "invalid";
    const layoutMatch = matchLayout(rows);
    const headerIndex = layoutMatch?.headerIndex ?? findHeaderRow(rows) ?? 0;
    return { headerIndex, layout: null, mapping: checked.data };
  }
  const match = matchLayout(rows, options.layoutId);
  if (match) {
    const header = rows[match.headerIndex]?.cells ?? [];
    const mapping = resolveLayoutMapping(match.layout, header);
    const { id, descriptionMode, isCardStatement } = match.layout;
    return { headerIndex: match.headerIndex, layout: id, mapping, descriptionMode, isCardStatement };
  }
  return { headerIndex: findHeaderRow(rows) ?? 0, layout: null, mapping: null };
}

function withFallbackCurrency(mapping: RowMapping, currency: string | undefined): RowMapping {
  return mapping.currencyCode || !currency ? mapping : { ...mapping, currencyCode: currency.toUpperCase() };
}

/** Every column a traveller's mapping names exists in the header row (else every row would be "short"). */
function fitsHeader(mapping: ColumnMapping, width: number): boolean {
  const { date, description, amount, debit, credit, currency, postingDate, reference, cardLast4 } = mapping;
  const columns = [date, ...(Array.isArray(description) ? description : [description]), amount, debit, credit, currency, postingDate, reference, cardLast4];
  return columns.every((column) => column === undefined || column < width);
}

export function parseCsvStatement(bytes: Uint8Array, options: ParseCsvOptions = {}): CsvParseResult {
  if (bytes.length > MAX_STATEMENT_BYTES) return { ...refuseStatement("csv", "utf-8", "statement.tooLarge"), format: "csv" };
  const { text, encoding } = decodeStatementBytes(bytes);
  if (countLines(text) > MAX_STATEMENT_ROWS + 100) return { ...refuseStatement("csv", encoding, "statement.tooManyRows"), format: "csv" };
  const delimiter = detectDelimiter(text);
  const rows = readTable(text, delimiter);
  const base = { format: "csv" as const, encoding, delimiter };
  if (rows.length === 0) return { ...refuseStatement("csv", encoding, "statement.empty"), ...base };
  const plan = planColumns(rows, options);
  if (plan === "invalid") return { ...refuseStatement("csv", encoding, "csv.mappingInvalid"), ...base };
  const headers = rows[plan.headerIndex]?.cells ?? [];
  if (options.mapping && !fitsHeader(options.mapping, headers.length)) return { ...refuseStatement("csv", encoding, "csv.mappingInvalid"), ...base };
  const dataRows = rows.slice(plan.headerIndex + 1);
  const preview = rows.slice(plan.headerIndex, plan.headerIndex + 1 + PREVIEW_ROWS).map((r) => r.cells);
  const result = { ...base, layout: plan.layout, headers, preview };
  if (dataRows.length > MAX_STATEMENT_ROWS) return { ...result, records: [], issues: [{ line: 0, message: "statement.tooManyRows" }], needsMapping: false };
  if (!plan.mapping) return { ...result, records: [], issues: [], needsMapping: true };
  const mapped = mapRows(dataRows, withFallbackCurrency(plan.mapping, options.currency), {
    descriptionMode: plan.descriptionMode, isCardStatement: plan.isCardStatement,
  });
  const records = assignFingerprints(mapped.records.map(redactRecordText));
  const issues = records.length === 0 && mapped.issues.length === 0 ? [{ line: 0, message: "statement.noTransactions" as const }] : mapped.issues;
  return { ...result, records, issues, needsMapping: false };
}
