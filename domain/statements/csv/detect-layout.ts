/**
 * Recognises a known bank export by its header row, wherever that row sits below the bank's
 * preamble, and turns the layout's header names into column indices. Confidence is the share of
 * the layout's named columns found (1 = every column present); a layout whose required headers
 * are not all there scores 0, so two banks sharing "Date" and "Amount" are never confused.
 * See docs/importers.md.
 */
import type { RowMapping } from "./column-mapping";
import { CSV_LAYOUTS, findCsvLayout, type CsvLayout, type LayoutRole } from "./csv-layouts";
import { detectDelimiter, normaliseHeader, readTable, type TableRow } from "./read-table";

export type LayoutDetection = { layoutId: string | null; confidence: number };
export type LayoutMatch = { layout: CsvLayout; headerIndex: number; confidence: number };

const HEAD_ROWS = 40;

function findColumn(headers: readonly string[], name: string): number | undefined {
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

/** The best layout over the first rows, or null; `onlyId` restricts the search to one layout. */
export function matchLayout(rows: readonly TableRow[], onlyId?: string): LayoutMatch | null {
  const layouts = onlyId ? [findCsvLayout(onlyId)].filter((l): l is CsvLayout => l !== undefined) : CSV_LAYOUTS;
  let best: LayoutMatch | null = null;
  rows.slice(0, HEAD_ROWS).forEach((row, headerIndex) => {
    const headers = row.cells.map(normaliseHeader);
    for (const layout of layouts) {
      const confidence = scoreLayout(layout, headers);
      if (confidence > 0 && (!best || confidence > best.confidence)) best = { layout, headerIndex, confidence };
    }
  });
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
    decimalSeparator: layout.decimalSeparator, outflowSign: layout.outflowSign,
  };
  const roles = Object.entries(layout.columns) as [LayoutRole | "description", string][];
  for (const [role, name] of roles) {
    if (role === "description" || role === "date") continue;
    const index = findColumn(headers, name);
    if (index !== undefined) mapping[role] = index;
  }
  return mapping;
}
