/**
 * Finds where the table starts in a bank export: the row of column names below any preamble
 * (export date, account name, balances, a title), or no such row at all when the first row is
 * already a transaction. Every candidate among the first rows is scored — words banks use as
 * column names (in any of the layouts' languages) count for it, cells that read as dates or
 * amounts count against it, and rows below of the same width holding dates and amounts count for
 * it — and the reasons are returned with the scores, for the mapping screen. See
 * docs/importers.md ("The mapping step").
 */
import { parseStatementDate } from "../statement-date";
import { CSV_LAYOUTS } from "./csv-layouts";
import { normaliseHeader, type TableRow } from "./read-table";

export type HeaderCandidate = { index: number; score: number; known: number; reasons: string[] };
export type HeaderDetection = {
  /** Index of the header row among the table's rows, or "none" when the data has no header row. */
  headerRow: number | "none";
  /** Index of the first row after the header (or after the preamble, without one). */
  dataStart: number;
  candidates: HeaderCandidate[];
};

const SCAN_ROWS = 40;
const GENERIC_WORDS = [
  "date", "datum", "fecha", "data", "day", "posted", "booking", "value", "amount", "betrag", "bedrag", "montant", "importe",
  "description", "details", "memo", "payee", "merchant", "narrative", "reference", "debit", "credit", "withdrawal",
  "deposit", "paid out", "paid in", "money out", "money in", "balance", "saldo", "currency", "währung", "type", "status",
  "category", "transaction", "buchung", "valuta", "verwendungszweck", "omschrijving", "naam", "日期", "时间", "金额", "摘要",
  "说明", "描述", "支出", "收入", "存入", "余额", "币种", "币别", "货币", "对方", "交易", "记账", "利用", "金額", "店名",
].map((w) => w.toLowerCase());
const LAYOUT_WORDS = new Set(
  CSV_LAYOUTS.flatMap((layout) => [...layout.required, ...Object.values(layout.columns).flat()])
    .filter((name): name is string => typeof name === "string")
    .flatMap((name) => name.split("|")),
);
const AMOUNT = /^[-+(−]?\s*(?:[A-Z]{3}\s*)?[£$€¥￥]?\s*[-+]?\d[\d.,' ]*\)?\s*(?:CR|DR|-)?$/i;

function isDateCell(cell: string): boolean {
  return /\d/.test(cell) && cell.length <= 40 && (parseStatementDate(cell) !== null || /^\d{1,2}[/.-]\d{1,2}\.?$/.test(cell));
}

function isAmountCell(cell: string): boolean {
  return cell.length <= 30 && AMOUNT.test(cell) && /\d/.test(cell);
}

/** A transaction row: it holds a date and, in another cell, an amount. */
export function isDataRow(cells: readonly string[]): boolean {
  const dateAt = cells.findIndex(isDateCell);
  return dateAt !== -1 && cells.some((cell, i) => i !== dateAt && isAmountCell(cell) && !isDateCell(cell));
}

/** How many cells of a row are words banks use as column names. */
export function countKnownHeaders(cells: readonly string[]): number {
  return cells.filter((c) => c !== "" && isKnownHeader(c)).length;
}

function isKnownHeader(cell: string): boolean {
  const name = normaliseHeader(cell);
  return LAYOUT_WORDS.has(name) || GENERIC_WORDS.some((word) => name.includes(word));
}

function scoreCandidate(rows: readonly TableRow[], index: number): HeaderCandidate | null {
  const cells = rows[index]?.cells ?? [];
  const labels = cells.filter((c) => c !== "");
  if (labels.length < 2) return null;
  const reasons: string[] = [];
  const known = labels.filter(isKnownHeader).length;
  const values = labels.filter((c) => isDateCell(c) || isAmountCell(c)).length;
  const below = rows.slice(index + 1, index + 6);
  const alike = below.filter((r) => Math.abs(r.cells.length - cells.length) <= 1).length;
  const dataBelow = below.filter((r) => isDataRow(r.cells)).length;
  if (known > 0) reasons.push(`known:${known}`);
  if (values > 0) reasons.push(`values:${values}`);
  if (alike > 0) reasons.push(`alike:${alike}/${below.length}`);
  if (dataBelow > 0) reasons.push(`data:${dataBelow}`);
  const score = known * 3 + (labels.length - values) * 0.5 - values * 4 + alike + dataBelow * 2;
  return { index, score, known, reasons };
}

export function detectHeaderRow(rows: readonly TableRow[]): HeaderDetection {
  const limit = Math.min(rows.length, SCAN_ROWS);
  const firstData = rows.slice(0, limit).findIndex((r) => isDataRow(r.cells));
  const candidates: HeaderCandidate[] = [];
  const end = firstData === -1 ? limit : firstData;
  for (let i = 0; i < end; i += 1) {
    const candidate = scoreCandidate(rows, i);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort((a, b) => b.score - a.score || b.index - a.index);
  const best = candidates[0];
  // The header is the row right above the data when the data has one; a preamble line far above does not qualify.
  const isPlausible = best !== undefined && best.score >= 3 && (firstData === -1 || firstData - best.index <= 2 || best.known >= 2);
  if (isPlausible) return { headerRow: best.index, dataStart: best.index + 1, candidates };
  return { headerRow: "none", dataStart: Math.max(firstData, 0), candidates };
}
