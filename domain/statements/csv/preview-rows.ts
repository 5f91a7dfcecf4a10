/**
 * The live preview of the mapping screen: the first rows of a CSV exactly as they will be saved
 * under a mapping — each row with the record(s) it becomes, or the reason it will be skipped —
 * so the traveller sees "12.50 out, 3 Nov" change as they pick columns. Column-wide decisions
 * (day/month order, decimal separator, the year of yearless dates) are made over every row, as
 * the import does, so the preview never disagrees with what is saved. Pure and fast: a 1 MB file
 * previews in well under a second (bench/import-preview.ts). See docs/importers.md ("For the app").
 */
import { redactRecordText, type RecordMessageKey, type UnfingerprintedRecord } from "@/domain/issuer-records";
import { columnMappingSchema, mappedColumns, type ColumnMapping } from "./column-mapping";
import { mapRows } from "./map-rows";
import { periodAbove, type CsvTable } from "./parse-csv-statement";
import { detectHeaderRow } from "./find-header";

export type PreviewRow = {
  /** The row's line in the file. */
  line: number;
  cells: string[];
  /** What the row becomes (two records when it carries a separate fee), or why it is skipped. */
  records: UnfingerprintedRecord[];
  issue?: RecordMessageKey;
  /** A line of text only, read as the continuation of the transaction above (its description). */
  continuesAbove?: true;
};
export type MappingPreview =
  | { ok: true; headers: string[]; rows: PreviewRow[]; fileIssues: RecordMessageKey[] }
  | { ok: false; issue: RecordMessageKey };

export function previewRows(table: CsvTable, mapping: ColumnMapping, count = 10): MappingPreview {
  const checked = columnMappingSchema.safeParse(mapping);
  if (!checked.success) return { ok: false, issue: "csv.mappingInvalid" };
  const { rows } = table;
  const detected = checked.data.headerRow === undefined ? detectHeaderRow(rows) : null;
  const headerRow = checked.data.headerRow ?? detected?.headerRow ?? "none";
  const dataStart = headerRow === "none" ? (checked.data.headerRow === "none" ? 0 : (detected?.dataStart ?? 0)) : headerRow + 1;
  const dataRows = rows.slice(dataStart);
  const width = Math.max(0, ...rows.slice(0, dataStart + 20).map((r) => r.cells.length));
  if (mappedColumns(checked.data).some((c) => c >= width)) return { ok: false, issue: "csv.mappingInvalid" };
  if (dataRows.length === 0) return { ok: false, issue: "csv.headerOnly" };
  const shown = dataRows.slice(0, count);
  // Continuation lines belong to the row above, so build one row further than shown.
  const mapped = mapRows(dataRows, checked.data, { period: periodAbove(rows, dataStart), limit: count + 1 });
  const byLine = new Map<number, UnfingerprintedRecord[]>();
  for (const record of mapped.records) {
    const line = record.references.row ?? 0;
    byLine.set(line, [...(byLine.get(line) ?? []), redactRecordText(record)]);
  }
  const issueAt = new Map(mapped.issues.filter((i) => i.line > 0).map((i) => [i.line, i.message]));
  const fileIssues = mapped.issues.filter((i) => i.line === 0).map((i) => i.message);
  return {
    ok: true,
    headers: headerRow === "none" ? [] : (rows[headerRow]?.cells ?? []),
    rows: shown.map((row) => {
      const issue = issueAt.get(row.line);
      const records = byLine.get(row.line) ?? [];
      return { line: row.line, cells: row.cells, records, ...(issue ? { issue } : records.length === 0 ? { continuesAbove: true as const } : {}) };
    }),
    fileIssues,
  };
}
