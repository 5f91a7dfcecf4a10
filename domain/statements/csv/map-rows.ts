/**
 * Turns table rows into issuer records through a RowMapping. Column-wide facts are settled once
 * before any row is read — the decimal separator of the amount columns and the day/month order of
 * the date column — so "03/04/2026" means the same in every row of one file. A row that cannot
 * be read (no date, no amount, too few cells) is skipped with its line and reason; a blank row is
 * no data and is skipped silently. See docs/importers.md.
 */
import type { RecordMessageKey, UnfingerprintedRecord } from "@/domain/issuer-records";
import { readCurrencyCode } from "@/domain/issuer-records";
import { detectDecimalSeparator, type DecimalSeparator } from "../statement-amount";
import { detectDayMonthOrder, orderOfFormat, type DayMonthOrder } from "../statement-date";
import type { StatementIssue } from "../statement-result";
import type { RowMapping } from "./column-mapping";
import { buildRowRecords } from "./build-row-records";
import type { TableRow } from "./read-table";

export type RowContext = {
  mapping: RowMapping;
  order: DayMonthOrder;
  separator: DecimalSeparator | undefined;
  descriptionMode: "join" | "first";
  isCardStatement: boolean;
};

export type MappedRows = { records: UnfingerprintedRecord[]; issues: StatementIssue[] };

function listColumn(rows: readonly TableRow[], index: number | undefined): string[] {
  if (index === undefined) return [];
  return rows.map((row) => row.cells[index] ?? "").filter((cell) => cell !== "");
}

function decideOrder(rows: readonly TableRow[], mapping: RowMapping, issues: StatementIssue[]): DayMonthOrder {
  const chosen = orderOfFormat(mapping.dateFormat);
  const found = detectDayMonthOrder(listColumn(rows, mapping.date));
  if (found === "DMY" || found === "MDY") return found;
  if (found === "ambiguous" && !chosen) issues.push({ line: 0, message: "csv.dateAmbiguous" });
  return chosen ?? "DMY";
}

function hasCurrency(rows: readonly TableRow[], mapping: RowMapping): boolean {
  if (mapping.currencyCode) return true;
  return mapping.currency !== undefined && listColumn(rows, mapping.currency).some((c) => readCurrencyCode(c));
}

export function mapRows(
  rows: readonly TableRow[],
  mapping: RowMapping,
  options: { descriptionMode?: "join" | "first"; isCardStatement?: boolean } = {},
): MappedRows {
  const issues: StatementIssue[] = [];
  if (!hasCurrency(rows, mapping)) return { records: [], issues: [{ line: 0, message: "statement.currencyNeeded" }] };
  const amountCells = [mapping.amount, mapping.debit, mapping.credit].flatMap((i) => listColumn(rows, i));
  const context: RowContext = {
    mapping,
    order: decideOrder(rows, mapping, issues),
    separator: mapping.decimalSeparator ?? detectDecimalSeparator(amountCells),
    descriptionMode: options.descriptionMode ?? "join",
    isCardStatement: options.isCardStatement ?? false,
  };
  // Optional columns missing at the end of a row read as empty; the date and amount must be there.
  const needed = Math.max(mapping.date, mapping.amount ?? Math.min(mapping.debit ?? 0, mapping.credit ?? 0)) + 1;
  const records: UnfingerprintedRecord[] = [];
  for (const row of rows) {
    if (row.cells.length < needed) {
      issues.push({ line: row.line, message: "csv.shortRow" });
      continue;
    }
    const built = buildRowRecords(row, context);
    if (typeof built === "string") issues.push({ line: row.line, message: built satisfies RecordMessageKey });
    else records.push(...built);
  }
  return { records, issues };
}
