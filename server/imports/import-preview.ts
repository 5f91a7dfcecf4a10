/**
 * A statement upload up to its preview (docs/importers.md "In the app"): what is not a statement
 * at all (a photo, a PDF, an archive, any binary) is refused by its content first (sniffUpload),
 * then the file is parsed (parseStatementFile), the parsed records wait server-side in a
 * StatementImport until the traveller commits them, and nothing else is written. An unknown CSV
 * gets the column mapping the traveller chose earlier for the same bank's file
 * (ColumnMappingPreset, keyed by mappingKey of its header row — or shapeKey of its rows when it
 * has none), or asks for one, prefilled with the engine's proposal; choosing a mapping (or a
 * currency, for QIF and files whose currency is a placeholder) re-reads the kept bytes.
 */
import "server-only";
import { cutCardNumbers, type IssuerRecord } from "@/domain/issuer-records";
import {
  columnMappingSchema, CSV_LAYOUTS, mappingKey, MAX_STATEMENT_BYTES, parseStatementFile, redactStatementBytes, shapeKey, sniffUpload,
  type ColumnMapping, type StatementIssue, type StatementParseResult,
} from "@/domain/statements";
import { isCurrencyCode } from "@/domain/money";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** How a file was (or is to be) read. */
export type ImportOptions = { layoutId?: string; mapping?: ColumnMapping; currency?: string };

export const PREVIEW_RECORDS = 50;
const KEPT_ISSUES = 1000;

export type CurrencyTotal = { currency: string; count: number; outMinor: number; inMinor: number };

export type ImportPreviewData = {
  headers: string[];
  preview: string[][];
  delimiter: string | null;
  /** The first skipped rows / file-level problems, with message keys under "records". */
  issues: StatementIssue[];
  firstRecords: IssuerRecord[];
  totals: CurrencyTotal[];
  firstDate: string | null;
  lastDate: string | null;
  /** A mapping the traveller chose before for this header row was applied. */
  presetApplied: boolean;
  /** CSV: where the table starts as read (index among the non-blank rows, or "none"). */
  headerRow?: number | "none";
  /** Unknown CSV: the mapping the engine proposes, to prefill the mapping step. */
  proposal?: ColumnMapping;
};

export type ImportUpload = { fileName: string; bytes: Uint8Array; options?: ImportOptions };

function sumByCurrency(records: readonly IssuerRecord[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  for (const r of records) {
    const total = totals.get(r.billedCurrency) ?? { currency: r.billedCurrency, count: 0, outMinor: 0, inMinor: 0 };
    total.count += 1;
    if (r.billedAmountMinor >= 0) total.outMinor += r.billedAmountMinor;
    else total.inMinor -= r.billedAmountMinor;
    totals.set(r.billedCurrency, total);
  }
  return [...totals.values()].sort((a, b) => b.count - a.count);
}

function findDateRange(records: readonly IssuerRecord[]): { firstDate: string | null; lastDate: string | null } {
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const r of records) {
    if (firstDate === null || r.transactionDate < firstDate) firstDate = r.transactionDate;
    if (lastDate === null || r.transactionDate > lastDate) lastDate = r.transactionDate;
  }
  return { firstDate, lastDate };
}

/** True when the file as a whole was refused (nothing to preview, nothing the traveller can choose). */
function isRefused(result: StatementParseResult): boolean {
  return (
    result.records.length === 0 && !result.needsMapping &&
    result.issues.every((issue) => issue.line === 0 && !ASKS_FOR_CURRENCY.has(issue.message))
  );
}

/** File-level answers the traveller can fix on the preview by choosing the currency. */
export const ASKS_FOR_CURRENCY: ReadonlySet<string> = new Set(["statement.currencyNeeded", "statement.currencyUnknown"]);

type CsvExtras = { headerRow?: number | "none"; proposal?: ColumnMapping };

/**
 * The key a mapping is remembered under: the header row's, or — for a file without one, whose
 * first row is a transaction and changes with every export — the shape of its first rows.
 */
function presetKey(result: StatementParseResult & CsvExtras): string | null {
  if (result.format !== "csv" || result.headers.length === 0) return null;
  if (result.headerRow === "none") return shapeKey(result.preview.slice(1).map((cells) => ({ cells })));
  return mappingKey(result.headers);
}

function refusal(result: StatementParseResult): AppError {
  const keys = [...new Set(result.issues.map((issue) => `records.${issue.message}`))];
  return new AppError("invalidInput", { file: keys.length > 0 ? keys : ["records.statement.noTransactions"] });
}

function cleanOptions(options: ImportOptions = {}): ImportOptions {
  const out: ImportOptions = {};
  if (options.layoutId) out.layoutId = options.layoutId;
  if (options.mapping) out.mapping = options.mapping;
  if (options.currency) out.currency = options.currency;
  return out;
}

async function findPreset(userId: string, key: string): Promise<ColumnMapping | null> {
  const preset = await db.columnMappingPreset.findUnique({ where: { userId_mappingKey: { userId, mappingKey: key } }, select: { mapping: true } });
  if (!preset) return null;
  const parsed = columnMappingSchema.safeParse(JSON.parse(preset.mapping));
  return parsed.success ? parsed.data : null;
}

/** Parses, and for an unknown CSV tries the traveller's remembered mapping for the same headers. */
async function readStatement(userId: string, upload: ImportUpload, options: ImportOptions) {
  const result = parseStatementFile(upload.bytes, upload.fileName, options);
  const key = presetKey(result);
  if (result.needsMapping && key && !options.mapping) {
    const mapping = await findPreset(userId, key);
    if (mapping) {
      const mapped = parseStatementFile(upload.bytes, upload.fileName, { ...options, mapping });
      if (!mapped.issues.some((issue) => issue.message === "csv.mappingInvalid")) return { result: mapped, key, options: { ...options, mapping }, presetApplied: true };
    }
  }
  return { result, key, options, presetApplied: false };
}

function toPreviewColumns(result: StatementParseResult & CsvExtras, presetApplied: boolean) {
  const data: ImportPreviewData = {
    ...(result.headerRow !== undefined ? { headerRow: result.headerRow } : {}),
    ...(result.proposal ? { proposal: result.proposal } : {}),
    headers: result.headers,
    preview: result.preview,
    delimiter: result.delimiter,
    issues: result.issues.slice(0, KEPT_ISSUES),
    firstRecords: result.records.slice(0, PREVIEW_RECORDS),
    totals: sumByCurrency(result.records),
    ...findDateRange(result.records),
    presetApplied,
  };
  return {
    format: result.format,
    layout: result.layout,
    encoding: result.encoding,
    needsMapping: result.needsMapping,
    recordCount: result.records.length,
    skippedCount: result.issues.filter((issue) => issue.line > 0).length,
    recordsJson: JSON.stringify(result.records),
    previewJson: JSON.stringify(data),
  };
}

export function checkUpload(upload: ImportUpload | null): asserts upload is ImportUpload {
  if (!upload || upload.bytes.length === 0) throw new AppError("invalidInput", { file: [upload ? "records.statement.empty" : "imports.errors.noFile"] });
  if (upload.bytes.length > MAX_STATEMENT_BYTES) throw new AppError("invalidInput", { file: ["records.statement.tooLarge"] });
}

export function checkOptions(options: ImportOptions): ImportOptions {
  if (options.layoutId !== undefined && !CSV_LAYOUTS.some((layout) => layout.id === options.layoutId)) throw new AppError("invalidInput", { layoutId: ["imports.errors.layout"] });
  if (options.currency !== undefined && !isCurrencyCode(options.currency)) throw new AppError("invalidInput", { currency: ["imports.errors.currency"] });
  if (options.mapping !== undefined && !columnMappingSchema.safeParse(options.mapping).success) throw new AppError("invalidInput", { mapping: ["records.csv.mappingInvalid"] });
  return cleanOptions(options);
}

/** Upload → stored preview. A file refused as a whole is not stored: the error says why. */
export async function createImportPreview(userId: string, upload: ImportUpload | null, now = new Date()): Promise<{ id: string }> {
  checkUpload(upload);
  // By content, never by name: a photo of the slip renamed .csv is still a photo.
  const sniffed = await sniffUpload(upload.bytes);
  if (sniffed.refusal) throw new AppError("invalidInput", { file: [`records.${sniffed.refusal}`] });
  const read = await readStatement(userId, upload, checkOptions(upload.options ?? {}));
  if (isRefused(read.result)) throw refusal(read.result);
  return db.statementImport.create({
    data: {
      userId,
      createdAt: now,
      // A file may be named after the card ("4111 1111 1111 1111.csv"): only the last 4 are kept.
      fileName: cutCardNumbers(upload.fileName).slice(0, 200),
      options: JSON.stringify(read.options),
      mappingKey: read.key,
      // Kept for a re-read with another mapping or currency: card numbers masked, never raw.
      fileBytes: Buffer.from(redactStatementBytes(upload.bytes)),
      ...toPreviewColumns(read.result, read.presetApplied),
    },
    select: { id: true },
  });
}

/**
 * Reads the kept file again with a mapping and/or a currency. A mapping that reads the file is
 * remembered for this header row; one that does not fit comes back as a field error.
 */
export async function rereadImport(userId: string, importId: string, change: { mapping?: ColumnMapping; currency?: string }): Promise<void> {
  const row = await db.statementImport.findFirst({
    where: { id: importId, userId },
    select: { status: true, fileName: true, fileBytes: true, options: true, mappingKey: true },
  });
  if (!row) throw new AppError("notFound");
  if (row.status !== "preview" || !row.fileBytes) throw new AppError("invalidInput", { _form: ["imports.errors.alreadyCommitted"] });
  const options = checkOptions({ ...(JSON.parse(row.options) as ImportOptions), ...change });
  const result = parseStatementFile(new Uint8Array(row.fileBytes), row.fileName, options);
  if (result.issues.some((issue) => issue.message === "csv.mappingInvalid")) throw new AppError("invalidInput", { _form: ["records.csv.mappingInvalid"] });
  const columns = toPreviewColumns(result, false);
  await db.$transaction(async (tx) => {
    const { count } = await tx.statementImport.updateMany({ where: { id: importId, userId, status: "preview" }, data: { options: JSON.stringify(options), ...columns } });
    if (count === 0) throw new AppError("notFound");
    if (change.mapping && row.mappingKey) {
      const mapping = JSON.stringify(change.mapping);
      await tx.columnMappingPreset.upsert({
        where: { userId_mappingKey: { userId, mappingKey: row.mappingKey } },
        create: { userId, mappingKey: row.mappingKey, mapping },
        update: { mapping },
      });
    }
  });
}
