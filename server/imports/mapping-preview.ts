/**
 * The live preview of the mapping step: the kept file read again with the mapping as it stands
 * in the form, and its first rows shown exactly as they will be saved (previewRows — the
 * column-wide decisions made over every row, as the import makes them), each row with its
 * record(s) or the reason it will be skipped. Answered as text in the traveller's language, the
 * same for the server-rendered form (no JavaScript) and for the JSON the form asks for as the
 * selects change. Nothing is written.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import type { IssuerRecord } from "@/domain/issuer-records";
import { previewRows, readCsvTable, type ColumnMapping, type CsvTable } from "@/domain/statements";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { makeRecordPresenter, type RecordLine } from "@/server/records/present-record";
import { toRecordView } from "@/server/records/record-rows";

/** Rows the preview shows; the top rows offered as the header row. */
export const PREVIEW_ROW_COUNT = 8;
export const HEADER_CHOICES = 12;

export type PreviewRowText = { line: number; cells: string[]; records: RecordLine[]; reason: string | null; continuesAbove: boolean };
export type MappingPreviewText = { ok: true; rows: PreviewRowText[]; fileIssues: string[] } | { ok: false; reason: string };

/** The kept file as a table, or null when the import is not a CSV still in preview (or not this user's). */
export async function loadImportTable(userId: string, importId: string): Promise<CsvTable | null> {
  if (importId.length > 64) return null;
  const row = await db.statementImport.findFirst({ where: { id: importId, userId, status: "preview", format: "csv" }, select: { fileBytes: true } });
  if (!row?.fileBytes) return null;
  const table = readCsvTable(new Uint8Array(row.fileBytes));
  return "refused" in table ? null : table;
}

/** The first rows of the file as cells, for the header-row choice. */
export function topRows(table: CsvTable): string[][] {
  return table.rows.slice(0, HEADER_CHOICES).map((row) => row.cells);
}

export async function presentMappingPreview(table: CsvTable, mapping: ColumnMapping, locale: Locale): Promise<MappingPreviewText> {
  const tr = await getTranslations({ locale, namespace: "records" });
  const present = await makeRecordPresenter(locale);
  const preview = previewRows(table, mapping, PREVIEW_ROW_COUNT);
  if (!preview.ok) return { ok: false, reason: tr(preview.issue) };
  return {
    ok: true,
    rows: preview.rows.map((row) => ({
      line: row.line,
      cells: row.cells,
      // A preview record has no fingerprint yet; the view only shows it.
      records: row.records.map((record) => present(toRecordView({ ...record, fingerprint: "" } as IssuerRecord))),
      reason: row.issue ? tr(row.issue) : null,
      continuesAbove: row.continuesAbove === true,
    })),
    fileIssues: [...new Set(preview.fileIssues)].map((key) => tr(key)),
  };
}

export async function previewImportMapping(userId: string, importId: string, mapping: ColumnMapping, locale: Locale): Promise<MappingPreviewText> {
  const table = await loadImportTable(userId, importId);
  if (!table) throw new AppError("notFound");
  return presentMappingPreview(table, mapping, locale);
}
