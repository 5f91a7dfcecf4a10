/**
 * Groups issuer records into charges before any slip is looked at: a pending authorisation and
 * the posting the issuer books days later are ONE charge, even when the posted amount differs a
 * little (a tip, FX); a reversal or refund joins the charge it gives money back for. A slip
 * matched to a hold and its posting therefore counts one charge, not two — and two charges on
 * one slip really mean two debits. The hold→posting rules mirror `linkPendingToPosted`
 * (domain/issuer-records/link-pending.ts: same card, posted 0–10 days later and not dated before
 * the hold minus a day, amount within 20 %, merchants similar unless one is missing — then only an
 * exact amount), but look candidates up in the amount index so 100 000 records stay linear, and
 * compare merchants with the descriptor-aware similarity. Each record belongs to one charge.
 * See docs/matching.md.
 */
import { addToIndex, createAmountDayIndex, queryIndex, sealIndex } from "./amount-index";
import { attachCredits, compareRecordMerchants } from "./link-credits";
import { isDebit, readAmountIn, type PooledRecord } from "./record-pool";
import type { Reason } from "./match-types";

/** Indices into the record pool; a charge's id is derived from its first member (match-state.ts). */
export type ChargeDraft = { hold: number | null; posting: number | null; credits: number[]; reasons: Reason[] };

const LINK_MAX_DAYS = 10;
const LINK_TOLERANCE_PERCENT = 20n;
const LINK_MIN_SIMILARITY = 0.3;

type Link = { hold: number; posting: number; rank: number; holdId: string; postingId: string };

function isWithinLinkTolerance(holdMinor: number, postedMinor: number): boolean {
  return BigInt(Math.abs(postedMinor - holdMinor)) * 100n <= BigInt(holdMinor) * LINK_TOLERANCE_PERCENT;
}

function scoreLink(hold: PooledRecord, posted: PooledRecord): Link | null {
  const h = hold.record;
  const p = posted.record;
  if (h.cardLast4 && p.cardLast4 && h.cardLast4 !== p.cardLast4) return null;
  const days = posted.postedDay - hold.day;
  if (days < 0 || days > LINK_MAX_DAYS || posted.day - hold.day < -1) return null;
  const viaBilled = readAmountIn(posted, h.billedCurrency);
  const viaOriginal = h.originalCurrency && hold.originalAmount !== null ? readAmountIn(posted, h.originalCurrency) : null;
  const billedOk = viaBilled !== null && isWithinLinkTolerance(hold.amount, viaBilled);
  const originalOk = viaOriginal !== null && hold.originalAmount !== null && isWithinLinkTolerance(hold.originalAmount, viaOriginal);
  if (!billedOk && !originalOk) return null;
  const isExact = (billedOk && viaBilled === hold.amount) || (originalOk && viaOriginal === hold.originalAmount);
  const merchant = compareRecordMerchants(hold, posted);
  if (merchant.isUnknown ? !isExact : merchant.score < LINK_MIN_SIMILARITY) return null;
  return { hold: hold.index, posting: posted.index, rank: (isExact ? 100 : 0) + merchant.score * 10 - days * 0.1, holdId: h.id, postingId: p.id };
}

function isSameAmount(hold: PooledRecord, posted: PooledRecord): boolean {
  return readAmountIn(posted, hold.record.billedCurrency) === hold.amount ||
    (!!hold.record.originalCurrency && hold.originalAmount !== null && readAmountIn(posted, hold.record.originalCurrency) === hold.originalAmount);
}

function linkHoldsToPostings(pool: PooledRecord[]): Link[] {
  const postings = createAmountDayIndex<PooledRecord>();
  for (const p of pool) {
    if (p.role !== "posting") continue;
    addToIndex(postings, p.record.billedCurrency, p.day, p.amount, p.record.id, p);
    if (p.originalAmount !== null && p.record.originalCurrency) addToIndex(postings, p.record.originalCurrency, p.day, p.originalAmount, p.record.id, p);
  }
  sealIndex(postings);
  const candidates: Link[] = [];
  for (const hold of pool) {
    if (hold.role !== "hold") continue;
    // Exact amounts first: when one links, the 20 % band is not searched (a hold almost always
    // posts unchanged; a tip or FX move is the exception) — fewer merchant comparisons.
    const exact: PooledRecord[] = [];
    const near: PooledRecord[] = [];
    const seen = new Set<number>();
    const visit = (posted: PooledRecord) => {
      if (seen.has(posted.index)) return;
      seen.add(posted.index);
      (isSameAmount(hold, posted) ? exact : near).push(posted);
    };
    const lookups: [string | undefined, number | null][] = [[hold.record.billedCurrency, hold.amount], [hold.record.originalCurrency, hold.originalAmount]];
    for (const [currency, amount] of lookups) {
      if (!currency || amount === null) continue;
      queryIndex(postings, currency, hold.day - 1, hold.day + LINK_MAX_DAYS, Math.floor(amount * 0.8), Math.ceil(amount * 1.2), visit);
    }
    const before = candidates.length;
    for (const posted of exact) {
      const link = scoreLink(hold, posted);
      if (link) candidates.push(link);
    }
    if (candidates.length > before) continue;
    for (const posted of near) {
      const link = scoreLink(hold, posted);
      if (link) candidates.push(link);
    }
  }
  candidates.sort((a, b) => b.rank - a.rank || a.holdId.localeCompare(b.holdId) || a.postingId.localeCompare(b.postingId));
  const used = new Set<number>();
  return candidates.filter((link) => {
    if (used.has(link.hold) || used.has(link.posting)) return false;
    used.add(link.hold).add(link.posting);
    return true;
  });
}

/**
 * Every record with a role, grouped: linked hold+posting pairs, lone debits, credits on their
 * charge, lone credits. `chargeOf` maps a pool index to its charge's index.
 */
export function groupCharges(pool: PooledRecord[]): { charges: ChargeDraft[]; chargeOf: Map<number, number> } {
  const charges: ChargeDraft[] = [];
  const chargeOf = new Map<number, number>();
  const open = (draft: ChargeDraft) => charges.push(draft) - 1;
  for (const link of linkHoldsToPostings(pool)) {
    const at = open({ hold: link.hold, posting: link.posting, credits: [], reasons: [{ key: "charge.holdThenPosting" }] });
    chargeOf.set(link.hold, at).set(link.posting, at);
  }
  for (const p of pool) {
    if (!isDebit(p) || chargeOf.has(p.index)) continue;
    chargeOf.set(p.index, open({ hold: p.role === "hold" ? p.index : null, posting: p.role === "posting" ? p.index : null, credits: [], reasons: [] }));
  }
  attachCredits(pool, charges, chargeOf);
  for (const p of pool) {
    if (p.role === "reversal" || p.role === "refund") {
      if (!chargeOf.has(p.index)) chargeOf.set(p.index, open({ hold: null, posting: null, credits: [p.index], reasons: [] }));
    }
  }
  return { charges, chargeOf };
}
