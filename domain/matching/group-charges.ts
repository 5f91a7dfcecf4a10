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
import { compareIds } from "./multimap";
import { queryIndex, type AmountDayIndex } from "./amount-index";
import { attachCredits, compareRecordMerchants } from "./link-credits";
import { isDebit, readAmountIn, type PooledRecord } from "./record-pool";
import type { Reason } from "./match-types";

/**
 * Indices into the record pool; a charge's id is derived from its first member (match-state.ts).
 * Lists are replaced, never pushed into: most charges share the frozen empty lists below, which
 * spares 100 000 records two empty arrays each.
 */
export type ChargeDraft = { hold: number | null; posting: number | null; credits: readonly number[]; reasons: readonly Reason[] };

export const NO_MEMBERS: readonly number[] = Object.freeze([]);
export const NO_REASONS: readonly Reason[] = Object.freeze([]);
const LINKED: readonly Reason[] = Object.freeze([{ key: "charge.holdThenPosting" }]);

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

function linkHoldsToPostings(pool: PooledRecord[], index: AmountDayIndex): Link[] {
  const candidates: Link[] = [];
  const seenBy = new Int32Array(pool.length).fill(-1);
  const exact: PooledRecord[] = [];
  const near: PooledRecord[] = [];
  for (const hold of pool) {
    if (hold.role !== "hold") continue;
    // Exact amounts first: when one links, the 20 % band is not searched (a hold almost always
    // posts unchanged; a tip or FX move is the exception) — fewer merchant comparisons.
    exact.length = 0;
    near.length = 0;
    const visit = (at: number) => {
      const posted = pool[at]!;
      if (posted.role !== "posting" || seenBy[at] === hold.index) return;
      seenBy[posted.index] = hold.index;
      (isSameAmount(hold, posted) ? exact : near).push(posted);
    };
    const lookups: [string | undefined, number | null][] = [[hold.record.billedCurrency, hold.amount], [hold.record.originalCurrency, hold.originalAmount]];
    for (const [currency, amount] of lookups) {
      if (!currency || amount === null) continue;
      queryIndex(index, currency, hold.day - 1, hold.day + LINK_MAX_DAYS, Math.floor(amount * 0.8), Math.ceil(amount * 1.2), visit);
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
  candidates.sort((a, b) => b.rank - a.rank || compareIds(a.holdId, b.holdId) || compareIds(a.postingId, b.postingId));
  const used = new Set<number>();
  return candidates.filter((link) => {
    if (used.has(link.hold) || used.has(link.posting)) return false;
    used.add(link.hold).add(link.posting);
    return true;
  });
}

/**
 * Every record with a role, grouped: linked hold+posting pairs, lone debits, credits on their
 * charge, lone credits. `chargeOf` maps a pool position to its charge's index (−1: none).
 */
export function groupCharges(pool: PooledRecord[], index: AmountDayIndex): { charges: ChargeDraft[]; chargeOf: Int32Array } {
  const charges: ChargeDraft[] = [];
  const chargeOf = new Int32Array(pool.length).fill(-1);
  const open = (draft: ChargeDraft) => charges.push(draft) - 1;
  for (const link of linkHoldsToPostings(pool, index)) {
    const at = open({ hold: link.hold, posting: link.posting, credits: NO_MEMBERS, reasons: LINKED });
    chargeOf[link.hold] = at;
    chargeOf[link.posting] = at;
  }
  for (const p of pool) {
    if (!isDebit(p) || chargeOf[p.index] !== -1) continue;
    chargeOf[p.index] = open({ hold: p.role === "hold" ? p.index : null, posting: p.role === "posting" ? p.index : null, credits: NO_MEMBERS, reasons: NO_REASONS });
  }
  attachCredits(pool, charges, chargeOf, index);
  for (const p of pool) {
    if (p.role === "reversal" || p.role === "refund") {
      if (chargeOf[p.index] === -1) chargeOf[p.index] = open({ hold: null, posting: null, credits: [p.index], reasons: NO_REASONS });
    }
  }
  return { charges, chargeOf };
}
