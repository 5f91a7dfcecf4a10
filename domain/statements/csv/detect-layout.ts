/**
 * Recognises a known bank export — by its header row, wherever that row sits below the bank's
 * preamble, or, for exports without a header row (Barclaycard, HSBC UK, ABN AMRO, 三井住友), by
 * the shape of its rows — and turns the layout's column names into indices. Confidence is the
 * share of the layout's named columns found (1 = every column present); a layout whose required
 * headers are not all there scores 0, so two banks sharing "Date" and "Amount" are never
 * confused. A headerless layout scores at most 0.9: a header match always wins. See
 * docs/importers.md ("Built-in layouts").
 */
import type { RowMapping } from "./column-mapping";
import { CSV_LAYOUTS, findCsvLayout, type CsvLayout, type LayoutRole } from "./csv-layouts";
import { countKnownHeaders } from "./find-header";
import { detectDelimiter, normaliseHeader, readTable, type TableRow } from "./read-table";

export type LayoutDetection = { layoutId: string | null; confidence: number };
export type LayoutMatch = { layout: CsvLayout; headerIndex: number | "none"; dataStart: number; confidence: number };

const HEAD_ROWS = 40;
const SHAPE_ROWS = 12;

function findColumn(headers: readonly string[], name: string | number): number | undefined {
  if (typeof name === "number") return name;
  for (const alternative of name.split("|")) {
    const index = headers.indexOf(alternative);
    if (index !== -1) return index;
  }
  return undefined;
}

function scoreLayout(layout: CsvLayout, headers: readonly string[]): number {
  if (!layout.required.every((name) => findColumn(headers, name) !== undefined)) return 0;
  const { description, ...roles } = layout.columns;
  const names = [...description, ...Object.values(roles)];
  return names.filter((name) => findColumn(headers, name) !== undefined).length / names.length;
}

const shapePatterns = new Map<string, [number, RegExp][]>();
function patternsOf(layout: CsvLayout): [number, RegExp][] {
  let patterns = shapePatterns.get(layout.id);
  if (!patterns) {
    patterns = Object.entries(layout.shape?.patterns ?? {}).map(([i, source]) => [Number(i), new RegExp(source)]);
    shapePatterns.set(layout.id, patterns);
  }
  return patterns;
}

/** A headerless layout fits when, after at most 3 preamble rows, every sampled row has its width and patterns. */
function matchShape(layout: CsvLayout, rows: readonly TableRow[]): LayoutMatch | null {
  const width = layout.shape?.columns ?? 0;
  const patterns = patternsOf(layout);
  const fits = (row: TableRow) => Math.abs(row.cells.length - width) <= 1 && patterns.every(([i, re]) => re.test(row.cells[i] ?? ""));
  const start = rows.slice(0, 4).findIndex(fits);
  if (start === -1) return null;
  // A row of column names above the data means the file has a header: it is no headerless export.
  if (rows.slice(0, start).some((r) => countKnownHeaders(r.cells) >= 2)) return null;
  const sample = rows.slice(start, start + SHAPE_ROWS);
  const fitting = sample.filter(fits).length;
  if (fitting < sample.length) return null;
  return { layout, headerIndex: "none", dataStart: start, confidence: 0.9 * (patterns.length / (patterns.length + 1)) };
}

/** The best layout over the first rows, or null; `onlyId` restricts the search to one layout. */
export function matchLayout(rows: readonly TableRow[], onlyId?: string): LayoutMatch | null {
  const layouts = onlyId ? [findCsvLayout(onlyId)].filter((l): l is CsvLayout => l !== undefined) : CSV_LAYOUTS;
  let best: LayoutMatch | null = null;
  const headed = layouts.filter((l) => l.header !== "none");
  rows.slice(0, HEAD_ROWS).forEach((row, headerIndex) => {
    const headers = row.cells.map(normaliseHeader);
    for (const layout of headed) {
      const confidence = scoreLayout(layout, headers);
      if (confidence > 0 && (!best || confidence > best.confidence)) best = { layout, headerIndex, dataStart: headerIndex + 1, confidence };
    }
  });
  if (best) return best;
  for (const layout of layouts.filter((l) => l.header === "none")) {
    const match = matchShape(layout, rows);
    if (match && (!best || match.confidence > (best as LayoutMatch).confidence)) best = match;
  }
  return best;
}

/** Works on the first lines only, so it is cheap enough to call on every upload. */
export function detectCsvLayout(text: string): LayoutDetection {
  const head = text.split(/\r\n|\n|\r/, HEAD_ROWS).join("\n");
  const match = matchLayout(readTable(head, detectDelimiter(head)));
  return match ? { layoutId: match.layout.id, confidence: match.confidence } : { layoutId: null, confidence: 0 };
}

/** The layout's columns as indices into this file's header row; absent headers stay unmapped. */
export function resolveLayoutMapping(layout: CsvLayout, headerCells: readonly string[]): RowMapping | null {
  const headers = headerCells.map(normaliseHeader);
  const description = layout.columns.description
    .map((name) => findColumn(headers, name))
    .filter((i): i is number => i !== undefined);
  const date = findColumn(headers, layout.columns.date ?? "");
  if (date === undefined || description.length === 0) return null;
  const mapping: RowMapping = {
    date, description, currencyCode: layout.currencyCode, dateFormat: layout.dateFormat,
    decimalSeparator: layout.decimalSeparator, outflowSign: layout.outflowSign, bankCountry: layout.country,
    inflowWords: layout.inflowWords,
  };
  const roles = Object.entries(layout.columns) as [LayoutRole | "description", string | number][];
  for (const [role, name] of roles) {
    if (role === "description" || role === "date") continue;
    const index = findColumn(headers, name);
    if (index !== undefined) mapping[role] = index;
  }
  return mapping;
}
