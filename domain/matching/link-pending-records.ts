/**
 * The one hold → posting linker (link-holds.ts) for plain issuer records, as the import step
 * needs it: `linkPendingToPosted` in domain/issuer-records is this function, so the records
 * page and the tracker always pair the same hold with the same posting. Records are identified
 * by fingerprint. See docs/matching.md ("Charges").
 */
import type { IssuerRecord } from "@/domain/issuer-records";
import { linkHoldsToPostings } from "./link-holds";
import { indexRecords, poolRecords } from "./record-pool";

export type PendingLink = {
  pending: string;
  posted: string;
  /** Posted minus held, in the unit the two were compared in (billed, or the posting's original). */
  amountDifferenceMinor: number;
  daysApart: number;
  merchantSimilarity: number;
};

/** Pairs of (pending, posted) fingerprints with the reasons they were linked; best pairs first. */
export function linkPendingRecords(records: readonly IssuerRecord[]): PendingLink[] {
  const pool = poolRecords(records.map((record) => ({ ...record, id: record.fingerprint })));
  const links = linkHoldsToPostings(pool, indexRecords(pool));
  return links.map((link) => ({
    pending: pool[link.hold]!.record.fingerprint, posted: pool[link.posting]!.record.fingerprint,
    amountDifferenceMinor: link.amountDifferenceMinor, daysApart: link.days, merchantSimilarity: link.merchantSimilarity,
  }));
}
