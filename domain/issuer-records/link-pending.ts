/**
 * Links a pending authorisation (an alert, a "pending" statement row) to the posted purchase the
 * issuer books a few days later, so the records page shows one payment moving along its path
 * instead of two charges. There is ONE linker, shared with the tracker: this is it
 * (domain/matching/link-holds.ts — same card; posted 0–10 days after the hold and not dated
 * before it minus a day; amount within 20 % in the hold's currency, billed or the posting's
 * original; merchants similar unless one names none, then only the exact amount). Pure: it
 * returns pairs with their reasons and changes no record. See docs/importers.md.
 */
import { linkPendingRecords, type PendingLink } from "@/domain/matching/link-pending-records";
import { compareMerchantNames } from "@/domain/matching/merchant-similarity";
import type { IssuerRecord } from "./issuer-record";

export type { PendingLink };

/** Pairs of (pending, posted) fingerprints with the reasons they were linked; best pairs first. */
export function linkPendingToPosted(records: readonly IssuerRecord[]): PendingLink[] {
  return linkPendingRecords(records);
}

/** The similarity the linker uses (matching's descriptor-aware comparison), 0..1. */
export function scoreMerchantSimilarity(a: string, b: string): number {
  return compareMerchantNames(a, b).score;
}
