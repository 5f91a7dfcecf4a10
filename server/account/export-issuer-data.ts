/**
 * The issuer-side half of "Export all my data": issuer records (JSON and spreadsheet-safe CSV),
 * where each slip stands and its matches, saved column mappings and issuer feeds (names and
 * dates only — a feed's signing secret is never exported).
 */
import "server-only";
import { formatMinorAsDecimal } from "@/domain/money";
import { csvNumber, toSpreadsheetCsv } from "@/domain/export/spreadsheet-csv";
import { db } from "@/server/db";
import { toSafeNumber } from "@/server/stored-amounts";

const RECORD_COLUMNS = [
  "id", "source", "kind", "state", "transactionDate", "transactionTime", "postingDate", "billedAmount", "billedCurrency",
  "originalAmount", "originalCurrency", "fxRate", "merchant", "city", "country", "cardLast4", "authCode", "rrn", "arn",
  "issuerTransactionId", "fitId", "linkedPendingId", "createdAt",
] as const;
/** Written as number cells in the CSV, so a spreadsheet sums them (JSON keeps the decimal strings). */
const NUMBER_COLUMNS = new Set<string>(["billedAmount", "originalAmount", "fxRate"]);

export async function loadIssuerData(userId: string) {
  const [records, tracking, matches, mappings, feeds] = await Promise.all([
    db.issuerRecord.findMany({ where: { userId }, orderBy: [{ transactionDate: "desc" }, { id: "asc" }] }),
    db.slipTracking.findMany({ where: { userId }, select: { slipId: true, status: true, since: true, evidence: true, nextStep: true, needsAction: true } }),
    db.slipMatch.findMany({ where: { userId }, select: { id: true, slipId: true, recordId: true, decision: true, pass: true, score: true, reasons: true } }),
    db.columnMappingPreset.findMany({ where: { userId }, select: { mappingKey: true, mapping: true } }),
    db.issuerFeed.findMany({ where: { userId }, select: { id: true, name: true, createdAt: true, rotatedAt: true, lastEventAt: true } }),
  ]);
  const recordRows = records.map((r) => ({
    id: r.id, source: r.source, kind: r.kind, state: r.state, transactionDate: r.transactionDate, transactionTime: r.transactionTime,
    postingDate: r.postingDate, billedAmountMinor: toSafeNumber(r.billedAmountMinor),
    billedAmount: formatMinorAsDecimal(toSafeNumber(r.billedAmountMinor), r.billedCurrency), billedCurrency: r.billedCurrency,
    originalAmount: r.originalAmountMinor === null || !r.originalCurrency ? null : formatMinorAsDecimal(toSafeNumber(r.originalAmountMinor), r.originalCurrency),
    originalCurrency: r.originalCurrency, fxRate: r.fxRate, merchant: r.merchant, city: r.city, country: r.country, cardLast4: r.cardLast4,
    authCode: r.authCode, rrn: r.rrn, arn: r.arn, issuerTransactionId: r.issuerTransactionId, fitId: r.fitId, linkedPendingId: r.linkedPendingId,
    createdAt: r.createdAt.toISOString(),
  }));
  const parse = (text: string | null) => (text ? (JSON.parse(text) as unknown) : null);
  return {
    "issuer-records.json": recordRows,
    "issuer-records.csv": toSpreadsheetCsv([...RECORD_COLUMNS], recordRows.map((row) => RECORD_COLUMNS.map((column) => (NUMBER_COLUMNS.has(column) ? csvNumber(row[column]) : row[column] ?? null)))),
    "payment-status.json": tracking.map((t) => ({ ...t, evidence: parse(t.evidence), nextStep: parse(t.nextStep) })),
    "matches.json": matches.map((m) => ({ ...m, score: parse(m.score), reasons: parse(m.reasons) })),
    "column-mappings.json": mappings.map((m) => ({ mappingKey: m.mappingKey, mapping: parse(m.mapping) })),
    "issuer-feeds.json": feeds.map((f) => ({ ...f, createdAt: f.createdAt.toISOString(), rotatedAt: f.rotatedAt?.toISOString() ?? null, lastEventAt: f.lastEventAt?.toISOString() ?? null })),
  };
}
