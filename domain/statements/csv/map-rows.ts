/**
 * Turns table rows into issuer records through a RowMapping. Column-wide facts are settled once
 * before any row is read — the decimal separator of the amount columns, the day/month order of
 * the date column (from every row; when all of them read both ways, from the mapping's format,
 * then the bank's country, then the currency), and the year of dates printed without one (the
 * statement period from the file's title or preamble, or the mapping's year) — so "03/04" means
 * the same in every row of one file. A row holding only text under a transaction (OCBC, Amex
 * "Extended Details" printed as a second line) continues that transaction's description. A row
 * that cannot be read is skipped with its line and reason; a blank row is no data and is skipped
 * silently. See docs/importers.md.
 */
import type { RecordMessageKey, UnfingerprintedRecord } from "@/domain/issuer-records";
import { isPlaceholderCurrency, readCurrencyCode } from "@/domain/issuer-records";
import { detectDecimalSeparator, type DecimalSeparator } from "../statement-amount";
import {
  detectDayMonthOrder, isYearlessDate, orderOfFormat, parseStatementDate, type DayMonthOrder, type StatementPeriod,
} from "../statement-date";
import type { StatementIssue } from "../statement-result";
import type { RowMapping } from "./column-mapping";
import { buildRowRecords } from "./build-row-records";
import { makeDirectionReader, makePendingReader, type DirectionReader } from "./direction-words";
import type { TableRow } from "./read-table";

export type RowContext = {
  mapping: RowMapping;
  order: DayMonthOrder;
  separator: DecimalSeparator | undefined;
  descriptionMode: "join" | "first";
  isCardStatement: boolean;
  period: StatementPeriod | undefined;
  readDirection: DirectionReader;
  isPending: (cell: string) => boolean;
  inflowPattern: RegExp | undefined;
};

export type MapOptions = {
  descriptionMode?: "join" | "first";
  isCardStatement?: boolean;
  period?: StatementPeriod | null;
  /** Build records for the first `limit` rows only (the live preview); column-wide decisions still use every row. */
  limit?: number;
};
export type MappedRows = { records: UnfingerprintedRecord[]; issues: StatementIssue[] };

// Month-first countries; everywhere else numeric dates are day-first.
const MONTH_FIRST_COUNTRIES = new Set(["US", "CA", "PH", "BZ", "FM", "MH", "PW", "GU", "PR", "AS", "VI", "MP", "UM"]);
const MONTH_FIRST_CURRENCIES = new Set(["USD", "PHP"]);

function listColumn(rows: readonly TableRow[], index: number | undefined): string[] {
  if (index === undefined) return [];
  return rows.map((row) => row.cells[index] ?? "").filter((cell) => cell !== "");
}

function decideOrder(rows: readonly TableRow[], mapping: RowMapping, issues: StatementIssue[]): DayMonthOrder {
  const found = detectDayMonthOrder([...listColumn(rows, mapping.date), ...listColumn(rows, mapping.postingDate)]);
  if (found === "DMY" || found === "MDY") return found;
  const chosen = orderOfFormat(mapping.dateFormat);
  if (chosen) return chosen;
  if (found !== "ambiguous") return "DMY";
  if (mapping.bankCountry) return MONTH_FIRST_COUNTRIES.has(mapping.bankCountry) ? "MDY" : "DMY";
  const currency = mapping.currencyCode ?? readCurrencyCode(listColumn(rows, mapping.currency)[0]);
  if (currency) return MONTH_FIRST_CURRENCIES.has(currency) ? "MDY" : "DMY";
  issues.push({ line: 0, message: "csv.dateAmbiguous" });
  return "DMY";
}

function hasCurrency(rows: readonly TableRow[], mapping: RowMapping): boolean {
  if (mapping.currencyCode) return true;
  const inCells = (i: number | undefined) => listColumn(rows, i).some((c) => readCurrencyCode(c) || /^[A-Za-z]{3}\s*[-+(]?\d/.test(c));
  return inCells(mapping.currency) || inCells(mapping.amount);
}

/** Dates printed without a year need the statement's period (or the mapping's year). */
function needsYear(rows: readonly TableRow[], mapping: RowMapping, period: StatementPeriod | undefined): boolean {
  if (period) return false;
  const dates = listColumn(rows.slice(0, 50), mapping.date);
  return dates.length > 0 && dates.every((d) => parseStatementDate(d) === null) && dates.some(isYearlessDate);
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Text only, with the date and amount cells empty: the line continues the transaction above. */
function isContinuation(row: TableRow, mapping: RowMapping): boolean {
  const cell = (i?: number) => (i === undefined ? "" : (row.cells[i] ?? ""));
  if (cell(mapping.date) !== "" || cell(mapping.amount) !== "" || cell(mapping.debit) !== "" || cell(mapping.credit) !== "") return false;
  return row.cells.some((c) => c !== "");
}

export function mapRows(rows: readonly TableRow[], mapping: RowMapping, options: MapOptions = {}): MappedRows {
  const issues: StatementIssue[] = [];
  if (!hasCurrency(rows, mapping)) {
    // "XXX", "---", an unknown code: ask for the currency rather than blame every row's amount.
    const isPlaceholder = listColumn(rows, mapping.currency).some(isPlaceholderCurrency);
    return { records: [], issues: [{ line: 0, message: isPlaceholder ? "statement.currencyUnknown" : "statement.currencyNeeded" }] };
  }
  const period = mapping.year !== undefined ? { year: mapping.year } : (options.period ?? undefined);
  if (needsYear(rows, mapping, period)) return { records: [], issues: [{ line: 0, message: "statement.yearNeeded" }] };
  const amountCells = [mapping.amount, mapping.debit, mapping.credit].flatMap((i) => listColumn(rows, i));
  const context: RowContext = {
    mapping,
    order: decideOrder(rows, mapping, issues),
    separator: mapping.decimalSeparator ?? detectDecimalSeparator(amountCells),
    descriptionMode: options.descriptionMode ?? "join",
    isCardStatement: options.isCardStatement ?? false,
    period,
    readDirection: makeDirectionReader(mapping.directionWords),
    isPending: makePendingReader(mapping.pendingWords),
    inflowPattern: mapping.inflowWords?.length ? new RegExp(mapping.inflowWords.map(escapeWord).join("|"), "i") : undefined,
  };
  // Optional columns missing at the end of a row read as empty; the date and amount must be there.
  const needed = Math.max(mapping.date, mapping.amount ?? Math.min(mapping.debit ?? 0, mapping.credit ?? 0)) + 1;
  const records: UnfingerprintedRecord[] = [];
  let previous: { line: number; from: number } | null = null;
  const limit = options.limit ?? rows.length;
  for (const row of rows.slice(0, limit)) {
    if (previous && isContinuation(row, mapping)) {
      const text = row.cells.filter((c) => c !== "").join(" ").replace(/\s+/g, " ").trim();
      for (const record of records.slice(previous.from)) record.merchant = `${record.merchant} / ${text}`.slice(0, 500);
      continue;
    }
    previous = null;
    if (row.cells.length < needed) {
      issues.push({ line: row.line, message: "csv.shortRow" });
      continue;
    }
    const built = buildRowRecords(row, context);
    if (typeof built === "string") issues.push({ line: row.line, message: built satisfies RecordMessageKey });
    else {
      previous = { line: row.line, from: records.length };
      records.push(...built);
    }
  }
  return { records, issues };
}
