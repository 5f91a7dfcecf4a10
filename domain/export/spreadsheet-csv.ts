/**
 * CSV meant to be opened in Excel, Numbers or Google Sheets, where a text cell beginning with
 * "=", "+", "-", "@", a tab or a carriage return is run as a formula (CSV injection: a note
 * "=HYPERLINK(…)" would become a live link or worse). Such text cells get a leading "'", which
 * spreadsheets show as plain text; numbers are written as numbers and never prefixed.
 * papaparse's own `escapeFormulae: true` misses text that has a line break after the first
 * character (its pattern is /^[=+\-@\t\r].*$/ without the s flag), so the pattern is ours.
 * Amounts go in as numbers (csvNumber), so a spreadsheet sums them — a refund's "-12.50" as
 * text would be prefixed and stay text; as a number it needs no prefix, being no formula.
 * UTF-8 with a byte-order mark, so Excel reads Chinese text correctly. See docs/slips.md.
 */
import Papa from "papaparse";

export type CsvCell = string | number | null | undefined;

/** The characters that make a spreadsheet read a text cell as a formula. */
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A decimal string ("-1280.00", "12.5") as a number cell a spreadsheet sums; anything else
 * stays text (and is formula-escaped like any text). Stored amounts are safe integers of minor
 * units, so the shortest round-trip double prints the same digits (trailing zeros aside).
 */
export function csvNumber(value: string | number | null | undefined): CsvCell {
  if (typeof value === "string" && DECIMAL.test(value.trim())) return Number(value.trim());
  return value;
}

export function toSpreadsheetCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => columns.map((_, index) => row[index] ?? ""));
  return "\uFEFF" + Papa.unparse({ fields: [...columns], data }, { escapeFormulae: FORMULA_TRIGGER, newline: "\r\n", quotes: false });
}
