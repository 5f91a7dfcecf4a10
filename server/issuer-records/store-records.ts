/**
 * Saves issuer records for one traveller inside the caller's transaction — the one write path
 * shared by statement imports, pasted alerts and feed events. A record is stored only when its
 * fingerprint is new for this user (re-importing a file, or an overlapping period, adds
 * nothing), in chunks: one `findMany` of the chunk's fingerprints, one `createMany` of the new
 * ones (SQLite has no createMany skipDuplicates; the unique [userId, fingerprint] index still
 * guards against a concurrent writer — that transaction then fails as a whole and nothing of
 * it is kept). Then pending holds are linked to the posted purchases that settle them
 * (`linkPendingToPosted`), over the new records and the user's unlinked ones around their dates.
 */
import "server-only";
import { linkPendingToPosted, type IssuerRecord } from "@/domain/issuer-records";
import type { db } from "@/server/db";
import { RECORD_ROW_SELECT, toDomainRecord, toRecordData } from "./record-rows";

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export type StoreResult = {
  newCount: number;
  existingCount: number;
  linkedCount: number;
  /** Fingerprints of the records this call inserted (the others were already stored). */
  newFingerprints: Set<string>;
};

/** Rows per statement: 500 rows × 24 columns stays well under SQLite's 32 766 bound variables. */
const CHUNK = 500;
/** linkPendingToPosted looks up to 10 days after a hold (and 1 day before, for time zones). */
const LINK_WINDOW_DAYS = 11;

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export async function storeRecords(tx: Tx, userId: string, records: readonly IssuerRecord[], importId: string | null = null): Promise<StoreResult> {
  const newFingerprints = new Set<string>();
  let existingCount = 0;
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK).filter((r) => !newFingerprints.has(r.fingerprint));
    const found = await tx.issuerRecord.findMany({
      where: { userId, fingerprint: { in: chunk.map((r) => r.fingerprint) } },
      select: { fingerprint: true },
    });
    const stored = new Set(found.map((row) => row.fingerprint));
    const fresh = chunk.filter((r) => !stored.has(r.fingerprint));
    existingCount += chunk.length - fresh.length;
    if (fresh.length === 0) continue;
    await tx.issuerRecord.createMany({ data: fresh.map((r) => toRecordData(userId, r, importId)) });
    for (const r of fresh) newFingerprints.add(r.fingerprint);
  }
  const fresh = records.filter((r) => newFingerprints.has(r.fingerprint));
  const linkedCount = fresh.length > 0 ? await linkStoredRecords(tx, userId, fresh) : 0;
  return { newCount: newFingerprints.size, existingCount, linkedCount, newFingerprints };
}

const LINKABLE_PENDING = { state: "pending", kind: { in: ["authorisation", "purchase"] }, postedAs: { is: null } } as const;
const LINKABLE_POSTED = { state: "posted", kind: "purchase", linkedPendingId: null } as const;

/**
 * Links holds to postings around the dates of `fresh` (already inserted). Pending holds are few
 * (alerts, a statement's last days), so they are loaded first; posted rows are loaded only for
 * the days after them — a 50 000-row statement with no hold anywhere costs one small query.
 */
async function linkStoredRecords(tx: Tx, userId: string, fresh: readonly IssuerRecord[]): Promise<number> {
  const dates = fresh.flatMap((r) => [r.transactionDate, r.postingDate ?? r.transactionDate]).sort();
  const from = shiftDate(dates[0] ?? "1970-01-01", -LINK_WINDOW_DAYS);
  const to = shiftDate(dates.at(-1) ?? "1970-01-01", LINK_WINDOW_DAYS);
  const pendingRows = await tx.issuerRecord.findMany({
    where: { userId, ...LINKABLE_PENDING, transactionDate: { gte: from, lte: to } },
    select: RECORD_ROW_SELECT,
  });
  if (pendingRows.length === 0) return 0;
  const pendingDates = pendingRows.map((r) => r.transactionDate).sort();
  const postedRows = await tx.issuerRecord.findMany({
    where: {
      userId, ...LINKABLE_POSTED,
      // The posting date may be up to 10 days after the hold; the transaction date at most 1 day before it.
      transactionDate: { gte: shiftDate(pendingDates[0] ?? from, -1), lte: shiftDate(pendingDates.at(-1) ?? to, LINK_WINDOW_DAYS) },
    },
    select: RECORD_ROW_SELECT,
  });
  if (postedRows.length === 0) return 0;
  const idOf = new Map([...pendingRows, ...postedRows].map((row) => [row.fingerprint, row.id]));
  const links = linkPendingToPosted([...pendingRows, ...postedRows].map(toDomainRecord));
  let linked = 0;
  for (const link of links) {
    const pendingId = idOf.get(link.pending);
    const postedId = idOf.get(link.posted);
    if (!pendingId || !postedId) continue;
    const { count } = await tx.issuerRecord.updateMany({ where: { id: postedId, userId, linkedPendingId: null }, data: { linkedPendingId: pendingId } });
    linked += count;
  }
  return linked;
}
