/**
 * Scores the importers on the import corpus: each real file (statements and pasted alerts from
 * other projects) against the labels written before the importer ran on it (expected.json).
 * An outcome is "full" (every record there, the checked rows right), "partial" (records missing),
 * "refused" (nothing read, with the reason given) or "wrong" (a checked row wrong, or records
 * that are not in the file). A file that loses rows without saying why is flagged `silentLoss`.
 * Pure: the test passes the bytes in. See domain/statements/corpus/README.md.
 */
import type { IssuerRecord } from "@/domain/issuer-records";
import { parseAlerts } from "@/domain/sms";
import { parseStatementFile } from "../detect-format";
import type { ParseCsvOptions } from "../csv/parse-csv-statement";

export type ExpectedRow = { date: string; amountMinor: number; currency: string; direction: "in" | "out"; merchant?: string };
export type ExpectedFile = {
  format: "csv" | "ofx" | "camt" | "qif" | "alert";
  count: number;
  refusal?: string;
  skippedWithReason?: number;
  options?: Record<string, unknown>;
  now?: string;
  rows: ExpectedRow[];
};
export type Outcome = "full" | "partial" | "refused" | "wrong";
export type FileScore = { file: string; outcome: Outcome; found: number; expected: number; silentLoss: boolean; detail: string };

function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

function matchesRow(record: IssuerRecord, row: ExpectedRow): boolean {
  const direction = record.billedAmountMinor > 0 ? "out" : record.billedAmountMinor < 0 ? "in" : row.direction;
  return (record.transactionDate === row.date || record.postingDate === row.date)
    && Math.abs(record.billedAmountMinor) === row.amountMinor && record.billedCurrency === row.currency
    && direction === row.direction
    && (row.merchant === undefined || normalise(record.merchant).includes(normalise(row.merchant)));
}

type Read = { records: IssuerRecord[]; reasons: string[]; rowIssues: number };

function readFile(name: string, bytes: Uint8Array, expected: ExpectedFile): Read {
  if (expected.format === "alert") {
    const sample = JSON.parse(new TextDecoder().decode(bytes)) as { body: string };
    const result = parseAlerts(sample.body, { now: new Date(expected.now ?? "2025-01-01T00:00:00Z") });
    return { records: result.records, reasons: result.notUnderstood.map((n) => n.reason), rowIssues: result.notUnderstood.length };
  }
  const result = parseStatementFile(bytes, name, (expected.options ?? {}) as ParseCsvOptions);
  const reasons = result.issues.map((i) => i.message as string);
  if (result.needsMapping) reasons.unshift("needsMapping");
  return { records: result.records, reasons, rowIssues: result.issues.filter((i) => i.line > 0).length };
}

export function scoreCorpusFile(name: string, bytes: Uint8Array, expected: ExpectedFile): FileScore {
  const { records, reasons, rowIssues } = readFile(name, bytes, expected);
  const base = { file: name, found: records.length, expected: expected.count };
  if (expected.refusal) {
    const isRight = records.length === 0 && reasons.includes(expected.refusal);
    return { ...base, outcome: isRight ? "full" : records.length === 0 ? "refused" : "wrong", silentLoss: false, detail: reasons.join(",") || "no reason" };
  }
  const missing = expected.count - records.length;
  const silentLoss = missing > 0 ? rowIssues + (reasons.length > rowIssues ? missing : 0) < missing : false;
  const skippedSilently = (expected.skippedWithReason ?? 0) > rowIssues && records.length === expected.count;
  if (records.length === 0) return { ...base, outcome: "refused", silentLoss: reasons.length === 0, detail: reasons.slice(0, 3).join(",") || "no reason" };
  const unused = [...records];
  const wrongRows = expected.rows.filter((row) => {
    const index = unused.findIndex((r) => matchesRow(r, row));
    if (index === -1) return true;
    unused.splice(index, 1);
    return false;
  });
  const detail = wrongRows.map((r) => `${r.date} ${r.amountMinor} ${r.currency} ${r.direction} ${r.merchant ?? ""}`).join("; ");
  if (records.length > expected.count || (wrongRows.length > 0 && records.length === expected.count)) return { ...base, outcome: "wrong", silentLoss: false, detail: detail || "extra records" };
  if (records.length < expected.count || wrongRows.length > 0) return { ...base, outcome: "partial", silentLoss, detail: detail || reasons.slice(0, 3).join(",") };
  return { ...base, outcome: "full", silentLoss: skippedSilently, detail: "" };
}
