/**
 * What one charge amounts to on its own: a hold still active, a hold released, posted, posted and
 * partly refunded, refunded in full, or reversed after posting — with the date it got there and
 * the evidence keys. Credits count against the charge in the currency of its lead record (the
 * posting, else the hold); a credit in another currency is compared through the original amounts
 * both records print, and one we cannot compare is taken as a full offset only when it is a
 * reversal (a release is always of the whole hold). See docs/statuses.md.
 */
import { compareIds } from "@/domain/matching/multimap";
import type { Charge, MatchRecord } from "@/domain/matching";
import type { Evidence } from "./status-types";

export type ChargeState = "holdActive" | "released" | "posted" | "partlyRefunded" | "refunded" | "reversed";
export type ChargeSummary = { charge: Charge; state: ChargeState; date: string; lead: MatchRecord | null; evidence: Evidence };

const ACTIVE_STATES: ReadonlySet<ChargeState> = new Set(["posted", "partlyRefunded"]);

export function isPostedAndKept(summary: ChargeSummary): boolean {
  return ACTIVE_STATES.has(summary.state);
}

function readDate(record: MatchRecord): string {
  return record.postingDate ?? record.transactionDate;
}

/** How much of `lead` the credit gives back, in the lead's units; null when it cannot be compared. */
function measureCredit(credit: MatchRecord, lead: MatchRecord): number | null {
  if (credit.billedCurrency === lead.billedCurrency) return Math.abs(credit.billedAmountMinor);
  if (credit.originalCurrency && credit.originalCurrency === lead.originalCurrency && credit.originalAmountMinor !== undefined && lead.originalAmountMinor) {
    // Scale by the lead's own original/billed ratio: integers, rounded once.
    return Math.round((Math.abs(credit.originalAmountMinor) * Math.abs(lead.billedAmountMinor)) / Math.abs(lead.originalAmountMinor));
  }
  return null;
}

function sumCredits(charge: Charge, lead: MatchRecord): { given: number; isFull: boolean } {
  let given = 0;
  let hasUncomparableReversal = false;
  for (const credit of charge.credits) {
    const amount = measureCredit(credit, lead);
    if (amount === null) hasUncomparableReversal ||= credit.kind === "reversal";
    else given += amount;
  }
  return { given, isFull: hasUncomparableReversal || given >= Math.abs(lead.billedAmountMinor) };
}

function listIds(charge: Charge): string[] {
  return [charge.hold, charge.posting, ...charge.credits].filter((r): r is MatchRecord => !!r).map((r) => r.id);
}

export function classifyCharge(charge: Charge): ChargeSummary {
  const lead = charge.posting ?? charge.hold ?? null;
  const lastCredit = [...charge.credits].sort((a, b) => compareIds(readDate(a), readDate(b))).at(-1);
  const recordIds = listIds(charge);
  const keys = (...k: string[]) => ({ recordIds, reasonKeys: [...(charge.hold ? ["evidence.holdSeen"] : []), ...k] });
  if (!lead) {
    const isRefund = charge.credits.some((c) => c.kind === "refund");
    return { charge, lead, state: isRefund ? "refunded" : "released", date: lastCredit ? readDate(lastCredit) : "", evidence: keys(isRefund ? "evidence.refunded" : "evidence.released") };
  }
  const { given, isFull } = sumCredits(charge, lead);
  if (!charge.posting) {
    return charge.credits.length > 0
      ? { charge, lead, state: "released", date: readDate(lastCredit!), evidence: keys("evidence.released") }
      : { charge, lead, state: "holdActive", date: lead.transactionDate, evidence: keys() };
  }
  if (charge.credits.length === 0) return { charge, lead, state: "posted", date: readDate(lead), evidence: keys("evidence.posted") };
  if (isFull) {
    const isRefund = charge.credits.some((c) => c.kind === "refund");
    return { charge, lead, state: isRefund ? "refunded" : "reversed", date: readDate(lastCredit!), evidence: keys("evidence.posted", isRefund ? "evidence.refunded" : "evidence.reversalPosted") };
  }
  return given > 0
    ? { charge, lead, state: "partlyRefunded", date: readDate(lead), evidence: keys("evidence.posted", "evidence.partlyRefunded") }
    : { charge, lead, state: "posted", date: readDate(lead), evidence: keys("evidence.posted", "evidence.creditNotCompared") };
}
