/**
 * THE hold → posting linker: one rule for the records page (domain/issuer-records
 * `linkPendingToPosted`, run when an import is stored) and for the tracker (group-charges.ts), so
 * the two can never disagree about which posting settled which hold. Rules — all must hold:
 * - same card when both records name one;
 * - posted (posting date, else transaction date) 0–10 days after the hold, and its transaction
 *   date not before the hold's minus 1 day (time zones);
 * - amount within 20 % in the hold's currency — the posting's billed amount or its original
 *   (foreign) amount: a 50.00 restaurant hold posted as 60.00 with a tip is the limit;
 * - merchants similar (matching's descriptor-aware similarity ≥ 0.3), unless one side names none
 *   or they are in two scripts — then only an exact amount links.
 * Best pairs first (exact amount, similar merchant, fewest days); each record links once. Exact
 * amounts are looked up first and the 20 % band only when none links; at most 32 postings are
 * scored per hold, which bounds a crafted file of 20 000 identical holds and postings.
 *
 * Also here: ECHOES — the same posting seen twice, in a bank's SMS "入账 / has been posted"
 * notice (or a feed event) and in the statement: same card, same amount (billed or foreign),
 * within 3 days, merchants similar or unknown, different sources. An echo is one charge with the
 * statement row, never a second charge. See docs/matching.md ("Charges").
 */
import { queryIndexUntil, type AmountDayIndex } from "./amount-index";
import { compareRecordMerchants } from "./link-credits";
import { compareIds } from "./multimap";
import { readAmountIn, type PooledRecord } from "./record-pool";

export const LINK_MAX_DAYS = 10;
const LINK_TOLERANCE_PERCENT = 20n;

/**
 * The amounts a posting may have to link to a hold of `holdMinor` (either sign), in minor units:
 * the 20 % band above, for narrowing what a store reads before it links (a superset: the
 * linker still decides).
 */
export function linkAmountBand(holdMinor: bigint): { from: bigint; to: bigint } {
  const amount = holdMinor < 0n ? -holdMinor : holdMinor;
  const slack = (amount * LINK_TOLERANCE_PERCENT + 99n) / 100n;
  return { from: amount - slack, to: amount + slack };
}
const LINK_MIN_SIMILARITY = 0.3;
const MAX_SCORED_PER_HOLD = 32;
const MAX_KEPT_PER_HOLD = 8;
/** Index entries one hold may look at in all (holds and credits share buckets with postings). */
const MAX_VISITS_PER_HOLD = 4096;
const ECHO_MAX_DAYS = 3;

export type HoldLink = { hold: number; posting: number; rank: number; holdId: string; postingId: string; amountDifferenceMinor: number; days: number; merchantSimilarity: number };

function isWithinLinkTolerance(holdMinor: number, postedMinor: number): boolean {
  return BigInt(Math.abs(postedMinor - holdMinor)) * 100n <= BigInt(holdMinor) * LINK_TOLERANCE_PERCENT;
}

function scoreLink(hold: PooledRecord, posted: PooledRecord): HoldLink | null {
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
  const difference = billedOk ? viaBilled! - hold.amount : viaOriginal! - hold.originalAmount!;
  return {
    hold: hold.index, posting: posted.index, rank: (isExact ? 100 : 0) + merchant.score * 10 - days * 0.1, holdId: h.id, postingId: p.id,
    amountDifferenceMinor: isExact ? 0 : difference, days, merchantSimilarity: merchant.score,
  };
}

function byRank(a: HoldLink, b: HoldLink): number {
  return b.rank - a.rank || compareIds(a.holdId, b.holdId) || compareIds(a.postingId, b.postingId);
}

function isSameAmount(hold: PooledRecord, posted: PooledRecord): boolean {
  return readAmountIn(posted, hold.record.billedCurrency) === hold.amount ||
    (!!hold.record.originalCurrency && hold.originalAmount !== null && readAmountIn(posted, hold.record.originalCurrency) === hold.originalAmount);
}

/** Best-first, each record once. `isLinkable(posting)` leaves out postings that are another's echo. */
export function linkHoldsToPostings(pool: readonly PooledRecord[], index: AmountDayIndex, isLinkable: (p: PooledRecord) => boolean = () => true): HoldLink[] {
  const candidates: HoldLink[] = [];
  const seenBy = new Int32Array(pool.length).fill(-1);
  const exact: PooledRecord[] = [];
  const near: PooledRecord[] = [];
  for (const hold of pool) {
    if (hold.role !== "hold") continue;
    exact.length = 0;
    near.length = 0;
    let budget = MAX_SCORED_PER_HOLD;
    let visits = MAX_VISITS_PER_HOLD;
    const visit = (at: number, onlyExact: boolean): boolean => {
      if ((visits -= 1) <= 0) return true;
      const posted = pool[at]!;
      if (posted.role !== "posting" || seenBy[at] === hold.index || !isLinkable(posted)) return false;
      const same = isSameAmount(hold, posted);
      if (onlyExact && !same) return false;
      seenBy[at] = hold.index;
      (same ? exact : near).push(posted);
      return (budget -= 1) <= 0;
    };
    const lookups: [string | undefined, number | null][] = [[hold.record.billedCurrency, hold.amount], [hold.record.originalCurrency, hold.originalAmount]];
    // Exact amounts first, then the 20 % band — each bounded by the budget.
    for (const onlyExact of [true, false]) {
      for (const [currency, amount] of lookups) {
        if (!currency || amount === null || budget <= 0 || visits <= 0) continue;
        const [min, max] = onlyExact ? [amount, amount] : [Math.floor(amount * 0.8), Math.ceil(amount * 1.2)];
        queryIndexUntil(index, currency, hold.day - 1, hold.day + LINK_MAX_DAYS, min, max, (at) => visit(at, onlyExact));
      }
    }
    const found: HoldLink[] = [];
    for (const posted of exact) {
      const link = scoreLink(hold, posted);
      if (link) found.push(link);
    }
    if (found.length === 0) {
      for (const posted of near) {
        const link = scoreLink(hold, posted);
        if (link) found.push(link);
      }
    }
    candidates.push(...found.sort(byRank).slice(0, MAX_KEPT_PER_HOLD));
  }
  candidates.sort(byRank);
  const used = new Set<number>();
  return candidates.filter((link) => {
    if (used.has(link.hold) || used.has(link.posting)) return false;
    used.add(link.hold).add(link.posting);
    return true;
  });
}

export type EchoLink = { lead: number; echo: number };

const SOURCE_RANK = { statement: 0, feed: 1, sms: 2 } as const;

/**
 * Pairs each posting from an alert or feed with the statement posting it repeats; the statement
 * row leads. Same card, same amount in a shared currency, within 3 days, merchants similar (≥ 0.3)
 * or unknown, different sources; nearest first, each record once.
 */
export function linkEchoes(pool: readonly PooledRecord[], index: AmountDayIndex): EchoLink[] {
  const candidates: { lead: number; echo: number; days: number; leadId: string; echoId: string }[] = [];
  for (const echo of pool) {
    if (echo.role !== "posting" || echo.record.source === "statement") continue;
    const lookups: [string | undefined, number | null][] = [[echo.record.billedCurrency, echo.amount], [echo.record.originalCurrency, echo.originalAmount]];
    const seen = new Set<number>();
    let visits = MAX_VISITS_PER_HOLD;
    for (const [currency, amount] of lookups) {
      if (!currency || amount === null) continue;
      queryIndexUntil(index, currency, echo.day - LINK_MAX_DAYS - ECHO_MAX_DAYS, echo.day + ECHO_MAX_DAYS, amount, amount, (at) => {
        if ((visits -= 1) <= 0) return true;
        const lead = pool[at]!;
        if (seen.has(at) || lead.role !== "posting" || SOURCE_RANK[lead.record.source] >= SOURCE_RANK[echo.record.source]) return false;
        seen.add(at);
        if (echo.record.cardLast4 && lead.record.cardLast4 && echo.record.cardLast4 !== lead.record.cardLast4) return false;
        const days = Math.min(Math.abs(echo.day - lead.day), Math.abs(echo.day - lead.postedDay), Math.abs(echo.postedDay - lead.postedDay));
        if (days > ECHO_MAX_DAYS || !isSameAmount(echo, lead)) return false;
        const merchant = compareRecordMerchants(echo, lead);
        if (!merchant.isUnknown && merchant.score < LINK_MIN_SIMILARITY) return false;
        candidates.push({ lead: at, echo: echo.index, days, leadId: lead.record.id, echoId: echo.record.id });
        return false;
      });
    }
  }
  candidates.sort((a, b) => a.days - b.days || compareIds(a.leadId, b.leadId) || compareIds(a.echoId, b.echoId));
  const used = new Set<number>();
  return candidates.filter((c) => {
    if (used.has(c.lead) || used.has(c.echo)) return false;
    used.add(c.lead).add(c.echo);
    return true;
  }).map(({ lead, echo }) => ({ lead, echo }));
}
