/**
 * Saves issuer records for one traveller inside the caller's transaction — the one write path
 * shared by statement imports, pasted alerts and feed events. A record is stored only when its
 * fingerprint is new for this user (re-importing a file, or an overlapping period, adds
 * nothing) and it is not a statement row already kept under another fingerprint (the pending
 * row now booked, the same purchase from an OFX: `applyIdentity` updates the kept record
 * instead), in chunks: one `findMany` of the chunk's fingerprints, the identity look-up of the
 * rest, then one multi-row INSERT of the new ones. The unique [userId, fingerprint] index still guards against a concurrent writer
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
import { findDroppedRows, linkPendingToPosted, readExportSpan, type IssuerRecord, type StoredRowState } from "@/domain/issuer-records";
import type { Prisma } from "@/generated/sqlite/client";
import { randomBytes } from "node:crypto";
import { databaseProvider, type db } from "@/server/db";
import { applyIdentity } from "./record-identity";
import { linkAmountBand } from "@/domain/matching/link-holds";
import { RECORD_ROW_SELECT, toDomainRecord, toRecordData, type RecordRow } from "./record-rows";

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export type StoreResult = {
  newCount: number;
  /** Already kept under another fingerprint, and counted in neither of the others. */
  existingCount: number;
  /** Already kept, and brought up to date by this call (pending → booked, a posting date, bank ids). */
  updatedCount: number;
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
  // Fingerprints of kept records this call has matched or inserted: never matched twice.
  const used = new Set<string>();
  let existingCount = 0;
  // Kept records this call changed: a pending row now booked may settle an alert's hold.
  const updated: IssuerRecord[] = [];
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK).filter((r) => !newFingerprints.has(r.fingerprint));
    const stored = await findStoredFingerprints(tx, userId, chunk.map((r) => r.fingerprint));
    for (const fingerprint of stored) used.add(fingerprint);
    const identity = await applyIdentity(tx, userId, chunk.filter((r) => !stored.has(r.fingerprint)), used);
    existingCount += chunk.length - identity.fresh.length - identity.updated.length;
    updated.push(...identity.updated);
    if (identity.fresh.length === 0) continue;
    await insertRecords(tx, identity.fresh.map((r) => toRecordData(userId, r, importId)));
    for (const r of identity.fresh) {
      newFingerprints.add(r.fingerprint);
      used.add(r.fingerprint);
    }
  }
  const changed = [...records.filter((r) => newFingerprints.has(r.fingerprint)), ...updated];
  const linkedCount = changed.length > 0 ? await linkStoredRecords(tx, userId, changed) : 0;
  if (importId !== null) await markDroppedRows(tx, userId, records, importId);
  return { newCount: newFingerprints.size, existingCount, updatedCount: updated.length, linkedCount, newFingerprints };
}

const DROP_STATE_SELECT = {
  id: true, fingerprint: true, source: true, kind: true, state: true, transactionDate: true, postingDate: true, importId: true, droppedOn: true,
} as const;

/**
 * Overlapping exports (domain/issuer-records/dropped-rows.ts): never-booked rows of an earlier
 * export of the same account that this one, covering their dates, no longer lists are marked
 * released; a marked row this export lists again is cleared. Two bounded reads: the rows this
 * export lists again (to know which earlier imports are the same account), then the unbooked
 * rows of those imports within its dates.
 */
async function markDroppedRows(tx: Tx, userId: string, records: readonly IssuerRecord[], importId: string): Promise<void> {
  const span = readExportSpan(records);
  if (!span) return;
  const fingerprints = [...new Set(records.map((r) => r.fingerprint))];
  const listed: StoredRowState[] = [];
  for (let start = 0; start < fingerprints.length; start += LOOKUP_CHUNK) {
    listed.push(...await tx.issuerRecord.findMany({
      where: { userId, fingerprint: { in: fingerprints.slice(start, start + LOOKUP_CHUNK) }, OR: [{ importId: { not: importId } }, { droppedOn: { not: null } }] },
      select: DROP_STATE_SELECT,
    }));
  }
  const earlierImports = [...new Set(listed.map((r) => r.importId).filter((id): id is string => id !== null && id !== importId))];
  const unbooked = earlierImports.length === 0 ? [] : await tx.issuerRecord.findMany({
    where: {
      userId, importId: { in: earlierImports.slice(0, LOOKUP_CHUNK) }, source: "statement", droppedOn: null,
      kind: { in: ["purchase", "authorisation"] }, transactionDate: { gte: span.from, lte: span.to },
      OR: [{ postingDate: null }, { state: "pending" }],
    },
    select: DROP_STATE_SELECT,
  });
  const { dropped, back } = findDroppedRows(records, [...listed, ...unbooked], importId);
  for (const row of dropped) await tx.issuerRecord.updateMany({ where: { id: row.id, userId, droppedOn: null }, data: { droppedOn: row.droppedOn } });
  if (back.length > 0) await tx.issuerRecord.updateMany({ where: { id: { in: back }, userId }, data: { droppedOn: null } });
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
/**
 * A posting not yet linked to a hold. "Not yet linked" (linkedPendingId IS NULL) is checked on
 * the rows read, not in the query: SQLite's planner, seeing a unique index on linkedPendingId,
 * would walk that index's NULL entries — every unlinked record of every user (70–100 ms per
 * pasted alert at 100 000 records) — instead of this user's days.
 */
const LINKABLE_POSTED = { state: "posted", kind: "purchase" } satisfies Prisma.IssuerRecordWhereInput;

/** Holds beyond this many read the window's postings whole rather than one amount band each. */
const MAX_AMOUNT_BANDS = 100;

/** Where a posting's billed or original amount (either sign) falls in the link band of this hold's amounts. */
function amountBands(hold: Pick<RecordRow, "billedAmountMinor" | "billedCurrency" | "originalAmountMinor" | "originalCurrency">): Prisma.IssuerRecordWhereInput[] {
  const bands = (amount: bigint, currency: string): Prisma.IssuerRecordWhereInput[] => {
    const { from, to } = linkAmountBand(amount);
    return [
      { billedCurrency: currency, billedAmountMinor: { gte: from, lte: to } }, { billedCurrency: currency, billedAmountMinor: { gte: -to, lte: -from } },
      { originalCurrency: currency, originalAmountMinor: { gte: from, lte: to } }, { originalCurrency: currency, originalAmountMinor: { gte: -to, lte: -from } },
    ];
  };
  return [
    ...bands(hold.billedAmountMinor, hold.billedCurrency),
    ...(hold.originalCurrency && hold.originalAmountMinor !== null ? bands(hold.originalAmountMinor, hold.originalCurrency) : []),
  ];
}

/** Fresh postings named one by one instead of by amount band up to this many. */
const MAX_FRESH_POSTINGS = 500;

/**
 * Which postings of the window could take part in a new link. Links already made stay, and an
 * unlinked (hold, posting) pair that were both stored before this write was already offered to
 * the linker when the later of the two arrived — so a new link needs a fresh record on one side:
 * a posting in the amount band of a fresh hold, or a fresh posting itself. An alert pasted into
 * an account of 100 000 records then reads a handful of rows with one hold's four bands, not the
 * fortnight's rows tested against every waiting hold's bands (up to 400 terms per row). When the
 * fresh side is large (a statement import), the bands of every waiting hold are used, and beyond
 * that the window's postings are read whole.
 */
function linkCandidateFilter(pendingRows: readonly RecordRow[], fresh: readonly IssuerRecord[]): Prisma.IssuerRecordWhereInput {
  const freshFingerprints = new Set(fresh.map((r) => r.fingerprint));
  const freshHolds = pendingRows.filter((r) => freshFingerprints.has(r.fingerprint));
  const freshPostings = fresh.filter((r) => r.state === LINKABLE_POSTED.state && r.kind === LINKABLE_POSTED.kind).map((r) => r.fingerprint);
  if (freshHolds.length <= MAX_AMOUNT_BANDS && freshPostings.length <= MAX_FRESH_POSTINGS) {
    return { OR: [...freshHolds.flatMap(amountBands), ...(freshPostings.length > 0 ? [{ fingerprint: { in: freshPostings } }] : [])] };
  }
  return pendingRows.length <= MAX_AMOUNT_BANDS ? { OR: pendingRows.flatMap(amountBands) } : {};
}

/**
 * Links holds to postings around the dates of `fresh` (already inserted or updated). Pending holds are few
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
  const postedRows = (await tx.issuerRecord.findMany({
    where: {
      userId, ...LINKABLE_POSTED,
      // The posting date may be up to 10 days after the hold; the transaction date at most 1 day before it.
      transactionDate: { gte: shiftDate(pendingDates[0] ?? from, -1), lte: shiftDate(pendingDates.at(-1) ?? to, LINK_WINDOW_DAYS) },
      ...linkCandidateFilter(pendingRows, fresh),
    },
    select: RECORD_ROW_SELECT,
  })).filter((row) => row.linkedPendingId === null);
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
 * is simply tried again, which is safe because it rolled back. On the server's event loop every
 * transaction now takes the write lock as it begins (server/sqlite-busy-wait.ts), so this guards
 * the other connections: scripts, tests and worker threads, which open deferred transactions.
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
