/**
 * What every statement parser returns, whatever the format, so the import preview can show the
 * records found and every row skipped with its line and reason before anything is saved. Issues
 * carry message keys under the "records" namespace; line 0 means "the whole file". The limits
 * here bound memory and time for one upload. See docs/importers.md.
 */
import type { IssuerRecord, RecordMessageKey } from "@/domain/issuer-records";
import type { StatementEncoding } from "./decode";

export type StatementFormat = "csv" | "ofx" | "camt" | "qif";

export type StatementIssue = { line: number; message: RecordMessageKey };

export type StatementParseResult = {
  format: StatementFormat | null;
  /** CSV layout id, camt message ("camt.053") or OFX flavour ("ofx-sgml" / "ofx-xml"); null when unknown. */
  layout: string | null;
  encoding: StatementEncoding;
  delimiter: string | null;
  headers: string[];
  records: IssuerRecord[];
  issues: StatementIssue[];
  /** True when the CSV's columns are not known: the app asks the traveller for a ColumnMapping. */
  needsMapping: boolean;
  /** The header row and the first data rows, card numbers already cut, for the mapping screen. */
  preview: string[][];
};

export type ParseStatementOptions = {
  /** ISO 4217 code for files that do not say (QIF, CSVs without a currency column). */
  currency?: string;
};

export const MAX_STATEMENT_BYTES = 10 * 1024 * 1024;
export const MAX_STATEMENT_ROWS = 200_000;
/**
 * No bank export has more than a few dozen columns or a cell longer than a long memo; past these
 * a file is hostile or not a statement, and reading it would only cost memory and time (a
 * 100 000-column file rendered a 115 MB preview). Refused as a whole, before anything is stored.
 */
export const MAX_STATEMENT_COLUMNS = 500;
export const MAX_CELL_CHARS = 10_000;

/** The empty result a parser returns when it refuses a whole file. */
export function refuseStatement(
  format: StatementFormat | null,
  encoding: StatementEncoding,
  message: RecordMessageKey,
): StatementParseResult {
  return {
    format, layout: null, encoding, delimiter: null, headers: [], records: [],
    issues: [{ line: 0, message }], needsMapping: false, preview: [],
  };
}

/** Counts "\n" without splitting, so a 10 MB file is measured before it is parsed. */
export function countLines(text: string): number {
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count += 1;
  return count;
}

/** Counts lines up to each offset in one forward pass; call it with ascending offsets. */
export function makeLineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (let i = text.indexOf("\n", position); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
      line += 1;
      position = i + 1;
    }
    return line;
  };
}
