/**
 * How imports, issuer records and pasted alerts travel through the JSON API: amounts as
 * safe-integer minor units beside decimal strings; every reason as its message key and its
 * text in the caller's language. Requests: the multipart upload (file + optional layoutId,
 * mapping JSON, currency) and the JSON alert paste.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { formatMinorAsDecimal } from "@/domain/money";
import { MAX_STATEMENT_BYTES, type ColumnMapping } from "@/domain/statements";
import type { Locale } from "@/i18n/routing";
import { AppError } from "@/server/errors";
import type { ImportOptions, ImportUpload } from "@/server/imports/import-preview";
import type { PastedAlertsResult } from "@/server/alerts/paste-alerts";
import { toRecordView } from "@/server/records/record-rows";
import type { ImportView } from "@/server/imports/import-queries";
import { readMultipartLimited } from "@/server/http/read-body";

/** The file plus the other form fields and multipart boundaries. */
const MAX_UPLOAD_BODY = MAX_STATEMENT_BYTES + 256 * 1024;

export type ImportRequest = { upload: ImportUpload | null; fields: Record<string, string> };

function readMapping(value: string | undefined): ColumnMapping | undefined {
  if (!value) return undefined;
  try {
    return JSON.parse(value) as ColumnMapping;
  } catch {
    throw new AppError("invalidInput", { mapping: ["errors.invalidJson"] });
  }
}

/** POST /api/imports: the multipart form of the API and of the upload page. */
export async function readImportRequest(request: Request): Promise<ImportRequest> {
  const form = await readMultipartLimited(request, MAX_UPLOAD_BODY, { file: ["records.statement.tooLarge"] });
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && name !== "file") fields[name] = value;
  const file = form.get("file");
  // An empty file input still posts a part with no name: that is "no file chosen".
  if (!file || typeof file === "string" || (file.size === 0 && ["", "blob", "undefined"].includes(file.name))) return { upload: null, fields };
  const options: ImportOptions = {};
  if (fields.layoutId) options.layoutId = fields.layoutId;
  if (fields.currency) options.currency = fields.currency.trim().toUpperCase();
  const mapping = readMapping(fields.mapping);
  if (mapping) options.mapping = mapping;
  return { upload: { fileName: file.name || "statement", bytes: new Uint8Array(await file.arrayBuffer()), options }, fields };
}

export async function toApiImport(view: ImportView, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "records" });
  const { data } = view;
  return {
    id: view.id,
    fileName: view.fileName,
    status: view.status,
    format: view.format,
    layout: view.layout,
    encoding: view.encoding,
    needsMapping: view.needsMapping,
    mappingKey: view.mappingKey,
    presetApplied: data.presetApplied,
    options: view.options,
    headers: data.headers,
    preview: data.preview,
    recordCount: view.recordCount,
    skippedCount: view.skippedCount,
    firstDate: data.firstDate,
    lastDate: data.lastDate,
    totals: data.totals.map((total) => ({
      ...total, out: formatMinorAsDecimal(total.outMinor, total.currency), in: formatMinorAsDecimal(total.inMinor, total.currency),
    })),
    issues: data.issues.map((issue) => ({ line: issue.line, reason: issue.message, message: t(issue.message) })),
    records: data.firstRecords.map(toRecordView),
    newCount: view.newCount,
    existingCount: view.existingCount,
    linkedCount: view.linkedCount,
    createdAt: view.createdAt.toISOString(),
    committedAt: view.committedAt?.toISOString() ?? null,
  };
}

export async function toApiAlerts(result: PastedAlertsResult, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "records" });
  return {
    records: result.records.map(({ record, isNew }) => ({ ...toRecordView(record), isNew })),
    notUnderstood: result.notUnderstood.map((item) => ({ text: item.text, reason: item.reason, message: t(item.reason) })),
    skipped: result.skipped,
    newCount: result.newCount,
    existingCount: result.existingCount,
  };
}
