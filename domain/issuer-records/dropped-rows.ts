/**
 * Overlapping exports: a later export of the same account that covers a row's date but no longer
 * lists it. A booked row never disappears from a bank's books; a row that was never booked — no
 * posting date (DKB's "Vorgemerkt", an empty Wertstellung), or pending — and is gone from a later
 * export was a hold the merchant never captured: it was released. "No posting date" counts only
 * where the file has posting dates (another row of its import has one): a layout without that
 * column says nothing about booking, and an export cut by booking date may leave out a booked
 * row whose purchase date it covers. The rule, per new export:
 * - the same account: an earlier import counts only when this export lists at least one of its
 *   rows again (same fingerprint) — two cards' files never judge each other;
 * - covered: the row's date lies within this export's dates, and the export runs at least
 *   DROP_AFTER_DAYS past it (a hold that is going to be captured is booked by then);
 * - gone: its fingerprint is not among this export's rows.
 * A dropped row that a still later export lists again is back (its mark is cleared). Pure: the
 * server and the evaluation harness give it the stored rows. See docs/matching.md.
 */
import type { IssuerRecord } from "./issuer-record";

export const DROP_AFTER_DAYS = 5;

export type StoredRowState = {
  id: string; fingerprint: string; source: string; kind: string; state: string; transactionDate: string;
  postingDate: string | null; importId: string | null; droppedOn: string | null;
};

export type DroppedRows = {
  /** Rows this export drops, with the day it shows they were released (its last date). */
  dropped: { id: string; droppedOn: string }[];
  /** Rows marked dropped earlier that this export lists again. */
  back: string[];
};

function shift(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** The dates an export covers (first and last transaction date), or null when it has no rows. */
export function readExportSpan(records: readonly Pick<IssuerRecord, "transactionDate">[]): { from: string; to: string } | null {
  if (records.length === 0) return null;
  let from = records[0]!.transactionDate;
  let to = from;
  for (const r of records) {
    if (r.transactionDate < from) from = r.transactionDate;
    if (r.transactionDate > to) to = r.transactionDate;
  }
  return { from, to };
}

/** `datedImports`: imports some row of which has a posting date (the layout has the column). */
export function isUnbooked(row: Pick<StoredRowState, "source" | "kind" | "state" | "postingDate" | "importId">, datedImports: ReadonlySet<string>): boolean {
  if (row.source !== "statement" || (row.kind !== "purchase" && row.kind !== "authorisation")) return false;
  return row.state === "pending" || (row.postingDate === null && row.importId !== null && datedImports.has(row.importId));
}

/**
 * `stored`: the traveller's stored rows that this export lists again, and the unbooked rows of
 * earlier imports within its dates (more is harmless). Which imports have posting dates is read
 * from these rows: the rows listed again are the earlier export's own. `importId` is this export's import.
 */
export function findDroppedRows(records: readonly IssuerRecord[], stored: readonly StoredRowState[], importId: string): DroppedRows {
  const span = readExportSpan(records);
  if (!span) return { dropped: [], back: [] };
  const listed = new Set(records.map((r) => r.fingerprint));
  const sameAccount = new Set<string>();
  const datedImports = new Set<string>();
  for (const row of stored) {
    if (row.importId === null) continue;
    if (listed.has(row.fingerprint) && row.importId !== importId) sameAccount.add(row.importId);
    if (row.postingDate !== null) datedImports.add(row.importId);
  }
  const lastCovered = shift(span.to, -DROP_AFTER_DAYS);
  const dropped: DroppedRows["dropped"] = [];
  const back: string[] = [];
  for (const row of stored) {
    if (listed.has(row.fingerprint)) {
      if (row.droppedOn !== null) back.push(row.id);
      continue;
    }
    if (row.droppedOn !== null || row.importId === null || !sameAccount.has(row.importId) || !isUnbooked(row, datedImports)) continue;
    if (row.transactionDate < span.from || row.transactionDate > lastCovered) continue;
    dropped.push({ id: row.id, droppedOn: span.to });
  }
  return { dropped, back };
}
