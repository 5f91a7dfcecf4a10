/**
 * What one charge amounts to on its own: a hold still active, a hold released, posted, posted and
 * partly refunded, refunded in full, or reversed after posting — with the date it got there and
 * the evidence keys. Credits are measured against the charge's lead record (the posting, else the
 * hold) by the one rule matching also groups with (compare-credit.ts): the same foreign amount
 * is a full refund whatever the home amount; a credit we cannot compare is taken as a full
 * offset only when it is a reversal (a release is always of the whole hold). See docs/statuses.md.
 */
import { compareCredit } from "@/domain/matching/compare-credit";
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

function sumCredits(charge: Charge, lead: MatchRecord, isForeign: boolean): { given: number; isFull: boolean } {
  let given = 0;
  let isFull = false;
  let hasUncomparableReversal = false;
  for (const credit of charge.credits) {
    const compared = compareCredit(credit, lead, isForeign);
    if (compared === null) hasUncomparableReversal ||= credit.kind === "reversal";
    else {
      given += compared.givenBack;
      isFull ||= compared.isFull;
    }
  }
  return { given, isFull: isFull || hasUncomparableReversal || given >= Math.abs(lead.billedAmountMinor) };
}

function listIds(charge: Charge): string[] {
  return [charge.hold, charge.posting, ...charge.credits].filter((r): r is MatchRecord => !!r).map((r) => r.id);
}

/**
 * `slipCurrency`, when given, tells whether the payment was abroad: a home-amount-only refund
 * within the FX band then counts as the same foreign amount (compare-credit.ts).
 */
export function classifyCharge(charge: Charge, slipCurrency?: string): ChargeSummary {
  const lead = charge.posting ?? charge.hold ?? null;
  const lastCredit = [...charge.credits].sort((a, b) => compareIds(readDate(a), readDate(b))).at(-1);
  const recordIds = listIds(charge);
  const keys = (...k: string[]) => ({ recordIds, reasonKeys: [...(charge.hold ? ["evidence.holdSeen"] : []), ...k] });
  if (!lead) {
    const isRefund = charge.credits.some((c) => c.kind === "refund");
    return { charge, lead, state: isRefund ? "refunded" : "released", date: lastCredit ? readDate(lastCredit) : "", evidence: keys(isRefund ? "evidence.refunded" : "evidence.released") };
  }
  const isForeign = slipCurrency !== undefined && slipCurrency !== lead.billedCurrency;
  const { given, isFull } = sumCredits(charge, lead, isForeign);
  if (!charge.posting) {
    // A later export of the account no longer lists this unbooked row: released on that day.
    if (charge.credits.length === 0 && charge.hold?.droppedOn) {
      return { charge, lead, state: "released", date: charge.hold.droppedOn, evidence: keys("evidence.droppedFromExport") };
    }
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
