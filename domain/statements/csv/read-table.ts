/**
 * Splits CSV text into rows of cells, remembering each row's line in the file so every skipped
 * row can be reported by its line. The delimiter (, ; tab |) is guessed from the lines that look
 * most alike, so a bank's preamble ("Kontonummer:;DE…", "卡号: …") does not mislead it. Every
 * cell passes through the card-number guard here, before any other code sees it: a full card
 * number anywhere becomes "•••• 1234". Cells are otherwise kept verbatim — a descriptor starting
 * with = + - @ stays inert text (we never evaluate it; whoever exports to a spreadsheet must
 * escape it). See docs/importers.md.
 */
import Papa from "papaparse";
import { cutCardNumbers } from "@/domain/issuer-records";

export type TableRow = { line: number; cells: string[] };

const DELIMITERS = [",", ";", "\t", "|"] as const;
const SAMPLE_LINES = 40;

/** Delimiter count outside double quotes. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count += 1;
  }
  return count;
}

/**
 * The delimiter whose per-line count is most often the same non-zero number; ties go to the
 * larger count. Bank preambles are short, so the data lines dominate the vote.
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, SAMPLE_LINES * 2).filter((l) => l.trim() !== "").slice(0, SAMPLE_LINES);
  let best: { delimiter: string; score: number } = { delimiter: ",", score: 0 };
  for (const delimiter of DELIMITERS) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
    }
    for (const [count, lineCount] of tally) {
      const score = lineCount * 1000 + count;
      if (score > best.score) best = { delimiter, score };
    }
  }
  return best.delimiter;
}

function countNewlines(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) count += 1;
  return count;
}

/** Parses with papaparse, never throws; blank lines are dropped but still counted for line numbers. */
export function readTable(text: string, delimiter: string): TableRow[] {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const rows: TableRow[] = [];
  let line = 1;
  for (const raw of parsed.data) {
    const cells = Array.isArray(raw) ? raw.map((cell) => cutCardNumbers(String(cell ?? "").trim())) : [];
    if (cells.some((cell) => cell !== "")) rows.push({ line, cells });
    line += 1 + countNewlines(cells);
  }
  return rows;
}

/** Header text compared loosely: NFKC, lower case, quotes and repeated spaces gone. */
export function normaliseHeader(header: string): string {
  return header.normalize("NFKC").replace(/^\ufeff/, "").replace(/["']/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

function looksLikeValue(cell: string): boolean {
  return /^[-+(]?[\d\s.,/:年月日()-]+[)-]?$/.test(cell) || /^\d{1,2}[\s-][A-Za-z]{3}/.test(cell);
}

/**
 * The first row that reads as a header: at least 2 labels, none of them a number or date, and
 * the next rows have the same number of cells. A bank preamble fails the last test.
 */
export function findHeaderRow(rows: readonly TableRow[]): number | null {
  const limit = Math.min(rows.length, SAMPLE_LINES);
  for (let i = 0; i < limit; i += 1) {
    const cells = rows[i]?.cells ?? [];
    const labels = cells.filter((c) => c !== "");
    if (labels.length < 2 || labels.some(looksLikeValue)) continue;
    const following = rows.slice(i + 1, i + 6);
    if (following.length === 0) return i;
    const alike = following.filter((r) => Math.abs(r.cells.length - cells.length) <= 1).length;
    if (alike * 2 > following.length) return i;
  }
  return null;
}
