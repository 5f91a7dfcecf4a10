/**
 * The app's import path without its database, call for call:
 * - a statement upload is server/imports/import-preview.ts (size checks →
 *   parseStatementFile with no options → the traveller's remembered mapping for that header row,
 *   if any → a file refused as a whole stores nothing), then, for a CSV the app has no layout
 *   for, the mapping form as the traveller filled it (server/imports/mapping-form.ts,
 *   the real mappingFromForm) and rereadImport (parse again with the mapping, remember it), then
 *   import-commit.ts (nothing to save while a mapping is missing or no record was read; else the
 *   records as the preview kept them, through storeRecords);
 * - pasted alerts are server/alerts/paste-alerts.ts: parseAlerts(text, { now }) with the
 *   server's clock at paste time, then storeRecords.
 * No extra help: no layout is forced, no encoding is given, nothing is fixed up.
 */
import { parseAlerts, type NotUnderstoodAlert, type SkippedAlert } from "@/domain/sms";
import {
  mappingKey, MAX_STATEMENT_BYTES, parseStatementFile, type ColumnMapping, type StatementIssue, type StatementParseResult,
} from "@/domain/statements";
import type { IssuerRecord } from "@/domain/issuer-records";
import { mappingFromForm } from "@/server/imports/mapping-form";
import type { RecordStore, StoreResult } from "./record-store";

/** paste-alerts.ts MAX_ALERTS_TEXT. */
const MAX_ALERTS_TEXT = 100_000;

export type FileImport = {
  file: string;
  kind: "statement" | "alerts";
  format: string | null;
  layout: string | null;
  encoding: string | null;
  delimiter: string | null;
  /** Why nothing of the file could be saved (message keys), or null. */
  refused: string[] | null;
  mapping: "none" | "form" | "preset";
  /** Every record the parser produced (saved or already stored). */
  records: IssuerRecord[];
  issues: StatementIssue[];
  notUnderstood: NotUnderstoodAlert[];
  skipped: SkippedAlert[];
  stored: StoreResult;
};

const NOTHING_STORED: StoreResult = { newCount: 0, existingCount: 0, linkedCount: 0 };

/** import-preview.ts isRefused: no records, no mapping to ask for, only file-level problems. */
function isRefused(result: StatementParseResult): boolean {
  return result.records.length === 0 && !result.needsMapping &&
    result.issues.every((issue) => issue.line === 0 && issue.message !== "statement.currencyNeeded");
}

function refusalKeys(result: StatementParseResult): string[] {
  const keys = [...new Set(result.issues.map((issue) => `records.${issue.message}`))];
  return keys.length > 0 ? keys : ["records.statement.noTransactions"];
}

function toFormData(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.append(name, value);
  return form;
}

function describe(file: string, result: StatementParseResult, extra: Partial<FileImport>): FileImport {
  return {
    file, kind: "statement", format: result.format, layout: result.layout, encoding: result.encoding, delimiter: result.delimiter, refused: null, mapping: "none",
    records: result.records, issues: result.issues, notUnderstood: [], skipped: [], stored: NOTHING_STORED, ...extra,
  };
}

/** Upload → preview → (mapping) → commit, for one statement file. */
export function importStatement(store: RecordStore, file: string, bytes: Uint8Array, mappingForm: Record<string, string> | undefined, importId: string): FileImport {
  if (bytes.length === 0) return describe(file, refusedResult(), { refused: ["records.statement.empty"], records: [] });
  if (bytes.length > MAX_STATEMENT_BYTES) return describe(file, refusedResult(), { refused: ["records.statement.tooLarge"], records: [] });
  let result = parseStatementFile(bytes, file, {});
  let mapping: FileImport["mapping"] = "none";
  const key = result.format === "csv" && result.headers.length > 0 ? mappingKey(result.headers) : null;
  if (result.needsMapping && key) {
    const preset = store.presets.get(key);
    if (preset) {
      const mapped = parseStatementFile(bytes, file, { mapping: preset });
      if (!mapped.issues.some((issue) => issue.message === "csv.mappingInvalid")) {
        result = mapped;
        mapping = "preset";
      }
    }
  }
  if (isRefused(result)) return describe(file, result, { refused: refusalKeys(result) });
  if (result.needsMapping) {
    if (!mappingForm) return describe(file, result, { refused: ["imports.errors.nothingToSave (no mapping)"] });
    const chosen = mappingFromForm(toFormData(mappingForm));
    if (!chosen.ok) return describe(file, result, { refused: Object.values(chosen.fieldErrors).flat() });
    const reread = parseStatementFile(bytes, file, { mapping: chosen.mapping });
    if (reread.issues.some((issue) => issue.message === "csv.mappingInvalid")) return describe(file, reread, { refused: ["records.csv.mappingInvalid"], mapping: "form" });
    if (key) store.presets.set(key, chosen.mapping as ColumnMapping);
    result = reread;
    mapping = "form";
  }
  if (result.needsMapping || result.records.length === 0) return describe(file, result, { refused: ["imports.errors.nothingToSave"], mapping });
  // The preview keeps the records as JSON and the commit stores what it reads back.
  const kept = JSON.parse(JSON.stringify(result.records)) as IssuerRecord[];
  return describe(file, result, { mapping, stored: store.store(kept, importId) });
}

function refusedResult(): StatementParseResult {
  return { format: null, layout: null, encoding: "utf-8", delimiter: null, headers: [], records: [], issues: [], needsMapping: false, preview: [] };
}

/** The alerts page: the pasted text as typed, parsed with the server's clock at paste time. */
export function pasteAlerts(store: RecordStore, file: string, text: string, pastedAt: Date): FileImport {
  const base = { file, kind: "alerts" as const, format: "alerts", layout: null, encoding: null, delimiter: null, mapping: "none" as const, issues: [] };
  if (text.trim() === "") return { ...base, refused: ["alerts.errors.empty"], records: [], notUnderstood: [], skipped: [], stored: NOTHING_STORED };
  if (text.length > MAX_ALERTS_TEXT) return { ...base, refused: ["alerts.errors.tooLong"], records: [], notUnderstood: [], skipped: [], stored: NOTHING_STORED };
  const parsed = parseAlerts(text, { now: pastedAt });
  const stored = parsed.records.length === 0 ? NOTHING_STORED : store.store(parsed.records, null);
  return { ...base, refused: null, records: parsed.records, notUnderstood: parsed.notUnderstood, skipped: parsed.skipped, stored };
}
