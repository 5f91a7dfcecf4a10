/**
 * Saves issuer records for one traveller inside the caller's transaction — the one write path
 * shared by statement imports, pasted alerts and feed events. A record is stored only when its
 * fingerprint is new for this user (re-importing a file, or an overlapping period, adds
 * nothing), in chunks: one `findMany` of the chunk's fingerprints, then one multi-row INSERT of
 * the new ones. The unique [userId, fingerprint] index still guards against a concurrent writer
 * (that transaction then fails as a whole and nothing of it is kept). Then pending holds are
 * linked to the posted purchases that settle them (`linkPendingToPosted`), over the new records
 * and the user's unlinked ones around their dates.
 *
 * Why raw SQL for the INSERT: Prisma's createMany (6.19, JS query engine) spends ~300 µs per row
 * of this 25-column model — 15 s for a 50 000-row statement — while one parameterised
 * multi-row INSERT does the same in ~1.5 s. Column names are constants and every value is a
 * bound parameter; the placeholders follow the provider (`?` SQLite, `$n` PostgreSQL).
 */
import "server-only";
import { linkPendingToPosted, type IssuerRecord } from "@/domain/issuer-records";
import type { Prisma } from "@/generated/sqlite/client";
import { randomBytes } from "node:crypto";
import { databaseProvider, type db } from "@/server/db";
import { RECORD_ROW_SELECT, toDomainRecord, toRecordData } from "./record-rows";

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export type StoreResult = {
  newCount: number;
  existingCount: number;
  linkedCount: number;
  /** Fingerprints of the records this call inserted (the others were already stored). */
  newFingerprints: Set<string>;
};

/** Rows per statement: 1000 rows × 26 values stays under SQLite's 32 766 bound variables (PostgreSQL: 65 535). */
const CHUNK = 1000;
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
    const stored = await findStoredFingerprints(tx, userId, chunk.map((r) => r.fingerprint));
    const fresh = chunk.filter((r) => !stored.has(r.fingerprint));
    existingCount += chunk.length - fresh.length;
    if (fresh.length === 0) continue;
    await insertRecords(tx, fresh.map((r) => toRecordData(userId, r, importId)));
    for (const r of fresh) newFingerprints.add(r.fingerprint);
  }
  const fresh = records.filter((r) => newFingerprints.has(r.fingerprint));
  const linkedCount = fresh.length > 0 ? await linkStoredRecords(tx, userId, fresh) : 0;
  return { newCount: newFingerprints.size, existingCount, linkedCount, newFingerprints };
}

/** Prisma caps a SQLite query at 999 bound values. */
const LOOKUP_CHUNK = 500;

async function findStoredFingerprints(tx: Tx, userId: string, fingerprints: string[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let start = 0; start < fingerprints.length; start += LOOKUP_CHUNK) {
    const found = await tx.issuerRecord.findMany({
      where: { userId, fingerprint: { in: fingerprints.slice(start, start + LOOKUP_CHUNK) } },
      select: { fingerprint: true },
    });
    for (const row of found) stored.add(row.fingerprint);
  }
  return stored;
}

const INSERT_COLUMNS = [
  "userId", "source", "kind", "state", "transactionDate", "transactionTime", "postingDate", "billedAmountMinor", "billedCurrency",
  "originalAmountMinor", "originalCurrency", "fxRate", "merchant", "city", "country", "cardLast4", "authCode", "rrn", "arn",
  "issuerTransactionId", "fitId", "fileRow", "fingerprint", "importId",
] as const satisfies readonly (keyof Prisma.IssuerRecordCreateManyInput)[];

/**
 * A record id: "r" and 128 random bits in base64url. Not a UUID: its dash-separated hex groups
 * are, now and then, all digits, and such an id can look like a card number to the guard that
 * checks every stored string (a 4-12 digit run is 16 digits; one in ten passes Luhn).
 */
function newRecordId(): string {
  return `r${randomBytes(16).toString("base64url")}`;
}

/**
 * One INSERT of up to CHUNK rows. The id and createdAt are given here: the schema's cuid() and
 * now() defaults live in Prisma, and a Date parameter is stored in the same text form Prisma
 * writes (the table's own CURRENT_TIMESTAMP would not sort with it in SQLite).
 */
async function insertRecords(tx: Tx, rows: Prisma.IssuerRecordCreateManyInput[]): Promise<void> {
  const width = INSERT_COLUMNS.length + 2;
  const placeholder = (index: number) => (databaseProvider === "postgres" ? `$${index + 1}` : "?");
  const values = rows.map((_, row) => `(${Array.from({ length: width }, (__, column) => placeholder(row * width + column)).join(", ")})`);
  const createdAt = new Date();
  const params = rows.flatMap((row) => [newRecordId(), createdAt, ...INSERT_COLUMNS.map((column) => row[column] ?? null)]);
  const columns = ["id", "createdAt", ...INSERT_COLUMNS].map((column) => `"${column}"`).join(", ");
  await tx.$executeRawUnsafe(`INSERT INTO "IssuerRecord" (${columns}) VALUES ${values.join(", ")}`, ...params);
}

const LINKABLE_PENDING = { state: "pending", kind: { in: ["authorisation", "purchase"] }, postedAs: { is: null } } satisfies Prisma.IssuerRecordWhereInput;
const LINKABLE_POSTED = { state: "posted", kind: "purchase", linkedPendingId: null } satisfies Prisma.IssuerRecordWhereInput;

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

function isSqliteBusy(error: unknown): boolean {
  return error instanceof Error && /database is locked|SQLITE_BUSY/i.test(error.message);
}

/**
 * Runs a SQLite transaction that must READ before its first write (pasted alerts): SQLite's
 * busy timeout cannot help a deferred transaction whose read snapshot went stale when another
 * connection wrote (SQLITE_BUSY_SNAPSHOT, "database is locked" at once) — the whole transaction
 * is simply tried again, which is safe because it rolled back. Transactions that write first
 * take the write lock up front and wait in the busy timeout instead.
 */
export async function retryWhenBusy<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isSqliteBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt + Math.floor(Math.random() * 50)));
    }
  }
}
