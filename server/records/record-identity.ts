/**
 * Identity across exports, for the store (docs/importers.md "Identity across exports"): a
 * statement row whose fingerprint is new may still be a record the traveller already has — the
 * pending row of last week's export now booked, or the same purchase downloaded as CSV and as
 * OFX. Candidates are the user's stored statement records with the same amount and currency
 * within a day of the row; `decideIdentity` (domain) says new / same / update, and an update is
 * written here, in the caller's transaction. Only statement rows are merged: two alerts alike in
 * amount, day and merchant are exactly what a double charge looks like, and feed events carry
 * their own ids.
 */
import "server-only";
import { decideIdentity, type IssuerRecord } from "@/domain/issuer-records";
import type { Prisma } from "@/generated/sqlite/client";
import { RECORD_ROW_SELECT, toDomainRecord } from "./record-rows";
import type { Tx } from "./store-records";

/**
 * `fresh`: to insert; `updated`: the incoming records whose kept twin was changed, under the kept
 * row's fingerprint (their dates widen the linking window; the fingerprint names the posting).
 */
export type IdentityOutcome = { fresh: IssuerRecord[]; updated: IssuerRecord[]; sameCount: number };

/** Prisma caps a SQLite query at 999 bound values. */
const AMOUNT_CHUNK = 400;

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

function candidateGroup(r: { source: string; billedCurrency: string; billedAmountMinor: number }): string {
  return `${r.source}|${r.billedCurrency}|${r.billedAmountMinor}`;
}

async function loadCandidates(tx: Tx, userId: string, records: readonly IssuerRecord[]): Promise<Map<string, IssuerRecord[]>> {
  const groups = new Map<string, IssuerRecord[]>();
  if (records.length === 0) return groups;
  const dates = records.map((r) => r.transactionDate).sort();
  const amounts = [...new Set(records.map((r) => r.billedAmountMinor))];
  for (let start = 0; start < amounts.length; start += AMOUNT_CHUNK) {
    const rows = await tx.issuerRecord.findMany({
      where: {
        userId, source: "statement",
        billedAmountMinor: { in: amounts.slice(start, start + AMOUNT_CHUNK).map((a) => BigInt(a)) },
        transactionDate: { gte: shiftDate(dates[0] ?? "1970-01-01", -1), lte: shiftDate(dates.at(-1) ?? "1970-01-01", 1) },
      },
      select: RECORD_ROW_SELECT,
    });
    for (const row of rows) {
      const record = toDomainRecord(row);
      const key = candidateGroup(record);
      groups.set(key, [...(groups.get(key) ?? []), record]);
    }
  }
  return groups;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** The columns an identity update may change (the fingerprint stays: it is the kept record's). */
function toUpdateData(changes: Partial<IssuerRecord>): Prisma.IssuerRecordUpdateManyMutationInput {
  const data: Prisma.IssuerRecordUpdateManyMutationInput = {};
  if (changes.state) data.state = changes.state;
  if (changes.kind) data.kind = changes.kind;
  if (changes.postingDate) data.postingDate = changes.postingDate;
  if (changes.transactionTime) data.transactionTime = changes.transactionTime;
  if (changes.originalAmountMinor !== undefined) data.originalAmountMinor = BigInt(changes.originalAmountMinor);
  if (changes.originalCurrency) data.originalCurrency = changes.originalCurrency;
  const refs = changes.references;
  if (refs) {
    for (const key of ["authCode", "rrn", "arn", "issuerTransactionId", "fitId"] as const) if (refs[key]) data[key] = refs[key];
  }
  return data;
}

/**
 * Splits records with new fingerprints into the truly new ones (returned in `fresh`) and the
 * ones already kept under another fingerprint (counted; updated when they add something).
 * `used` holds the fingerprints this import has already claimed, and grows here.
 */
export async function applyIdentity(tx: Tx, userId: string, records: readonly IssuerRecord[], used: Set<string>): Promise<IdentityOutcome> {
  const statementRows = records.filter((r) => r.source === "statement");
  const groups = await loadCandidates(tx, userId, statementRows);
  const fresh: IssuerRecord[] = [];
  const updated: IssuerRecord[] = [];
  let sameCount = 0;
  for (const record of records) {
    const candidates = record.source === "statement"
      ? (groups.get(candidateGroup(record)) ?? []).filter((c) => daysApart(c.transactionDate, record.transactionDate) <= 1)
      : [];
    const decision = candidates.length > 0 ? decideIdentity(record, candidates, used) : { action: "new" as const };
    if (decision.action === "new") {
      fresh.push(record);
      continue;
    }
    used.add(decision.existing);
    if (decision.action === "same") {
      sameCount += 1;
      continue;
    }
    const data = toUpdateData(decision.changes);
    await tx.issuerRecord.updateMany({ where: { userId, fingerprint: decision.existing }, data });
    // Later rows of this import see the kept record as it now is.
    const kept = candidates.find((c) => c.fingerprint === decision.existing);
    if (kept) Object.assign(kept, decision.changes);
    // Reported under the kept row's fingerprint: that is the stored record that changed.
    updated.push({ ...record, fingerprint: decision.existing });
  }
  return { fresh, updated, sameCount };
}
