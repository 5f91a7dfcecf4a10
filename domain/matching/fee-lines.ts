/**
 * Attaches foreign-transaction fee lines (classify-fee-line.ts tells them from purchases) to the
 * purchase they were booked for: shown under the slip, never counted as a charge — a slip with a
 * purchase and its fee was charged once. Rules:
 * - same card (when both name one), same billed currency, booked the same or the next posting
 *   day (a posting's transaction date may be up to ten days earlier);
 * - a plausible share of the purchase: at most 6 %, or at most 40 % when the fee is a small
 *   fixed amount (≤ 5 major units: banks that charge € 1.50 a payment);
 * - best first: a fee naming the purchase's merchant, then the share nearest to the fee rate
 *   this card's fee lines agree on (one rate per card: every fee line votes over its candidates),
 *   then the same day, then the larger purchase; each posting takes one fee line, each fee line
 *   one posting.
 * Linear: one bounded index lookup per fee line. See docs/matching.md ("Fee lines").
 */
import { currencyExponent } from "@/domain/money";
import { queryIndex, type AmountDayIndex } from "./amount-index";
import { compareIds } from "./multimap";
import { comparePreparedMerchants, SIMILAR_MERCHANT } from "./merchant-similarity";
import { prepareMerchant, type PreparedMerchant } from "./merchant-words";
import { FEE_WORDS } from "./classify-fee-line";
import { getPreparedMerchant, type PooledRecord } from "./record-pool";

type Candidate = { fee: number; posting: number; namesMerchant: boolean; shareBp: number; days: number; feeId: string; postingId: string };

const PERCENT = /(\d{1,2}(?:[.,]\d{1,3})?)\s?%/;
const PERCENTS = new RegExp(PERCENT.source, "g");
/** A fee line naming this much of a merchant names THE merchant: any other purchase is not its own. */
const NAMED_MERCHANT_WEIGHT = 5;
const MAX_SHARE_BP = 600;
const MAX_FIXED_SHARE_BP = 4000;
const FIXED_FEE_MAJOR = 5;
const NO_PLACES: ReadonlySet<string> = new Set();

function maxShareBp(fee: PooledRecord): number {
  const exponent = currencyExponent(fee.record.billedCurrency) ?? 2;
  return fee.amount <= FIXED_FEE_MAJOR * 10 ** exponent ? MAX_FIXED_SHARE_BP : MAX_SHARE_BP;
}

/** What a fee line's own text says, read once per fee line (not once per candidate purchase). */
type FeeText = { percent: number | null; remainder: PreparedMerchant; remainderWeight: number };

function readFeeText(fee: PooledRecord): FeeText {
  const text = fee.record.merchant.normalize("NFKC");
  const printed = PERCENT.exec(text);
  const remainder = prepareMerchant(text.replace(PERCENTS, " ").replace(FEE_WORDS, " ").trim());
  return {
    percent: printed ? Number(printed[1]!.replace(",", ".")) : null,
    remainder,
    remainderWeight: remainder.words.reduce((sum, w) => sum + w.weight, 0),
  };
}

function evaluate(fee: PooledRecord, feeText: FeeText, posting: PooledRecord): Candidate | null {
  const f = fee.record;
  const p = posting.record;
  if (posting.role !== "posting" || p.billedCurrency !== f.billedCurrency) return null;
  if (f.cardLast4 && p.cardLast4 && f.cardLast4 !== p.cardLast4) return null;
  const postedGap = fee.postedDay - posting.postedDay;
  const dayGap = fee.day - posting.day;
  const sameOrNext = (gap: number) => gap >= 0 && gap <= 1;
  if (!sameOrNext(postedGap) && !sameOrNext(dayGap) && fee.day !== posting.postedDay) return null;
  if (fee.amount >= posting.amount) return null;
  const shareBp = Math.round((fee.amount * 10_000) / posting.amount);
  if (shareBp > maxShareBp(fee) || shareBp < 1) return null;
  // "INTERNATIONAL SERVICE ASSESSMENT 1.00% AL USTAD SPECIAL KEBAB": a printed percentage must fit
  // (to the rounding of one minor unit), and a merchant named in the fee line must be this purchase's.
  if (feeText.percent !== null && Math.abs((posting.amount * feeText.percent) / 100 - fee.amount) > 1) return null;
  const { remainder, remainderWeight } = feeText;
  const score = remainderWeight > 0 ? comparePreparedMerchants(remainder, getPreparedMerchant(posting), NO_PLACES) : null;
  const namesMerchant = score !== null && !score.isUnknown && score.score >= SIMILAR_MERCHANT;
  if (remainderWeight >= NAMED_MERCHANT_WEIGHT && !namesMerchant && score !== null && !score.isUnknown) return null;
  return { fee: fee.index, posting: posting.index, namesMerchant, shareBp, days: Math.min(Math.abs(postedGap), Math.abs(dayGap)), feeId: f.id, postingId: p.id };
}

function findCandidates(fee: PooledRecord, pool: readonly PooledRecord[], index: AmountDayIndex, isLinkable: (posting: PooledRecord) => boolean): Candidate[] {
  const found: Candidate[] = [];
  const feeText = readFeeText(fee);
  const min = Math.floor((fee.amount * 10_000) / maxShareBp(fee));
  // A posting's transaction date may be up to ten days before the day it was booked.
  queryIndex(index, fee.record.billedCurrency, fee.day - 12, fee.day + 1, Math.max(min, fee.amount + 1), fee.amount * 10_000, (at) => {
    const c = isLinkable(pool[at]!) ? evaluate(fee, feeText, pool[at]!) : null;
    if (c) found.push(c);
  });
  return found;
}

const SHARE_BIN_BP = 5;
/** Candidates per fee line in the first best-first pass (the rest only if all of these are taken). */
const FIRST_CANDIDATES = 6;

/**
 * Per card, the share its fee lines agree on — the card's fee rate (3 % at Chase, 1.75 % at
 * Sparkasse): every fee line spreads one vote over its candidates' shares (5 bp bins, smoothed
 * over the neighbours), and the heaviest bin wins.
 */
function learnTypicalShares(pool: readonly PooledRecord[], byFee: Map<number, Candidate[]>): Map<string, number> {
  const bins = new Map<string, Map<number, number>>();
  for (const [fee, candidates] of byFee) {
    if (candidates.length === 0) continue;
    const key = pool[fee]!.record.cardLast4 ?? "";
    const card = bins.get(key) ?? new Map<number, number>();
    bins.set(key, card);
    for (const c of candidates) {
      const bin = Math.round(c.shareBp / SHARE_BIN_BP);
      card.set(bin, (card.get(bin) ?? 0) + 1 / candidates.length);
    }
  }
  const typical = new Map<string, number>();
  for (const [key, card] of bins) {
    let best: { bin: number; weight: number } | null = null;
    for (const bin of [...card.keys()].sort((x, y) => x - y)) {
      const weight = (card.get(bin - 1) ?? 0) + (card.get(bin) ?? 0) + (card.get(bin + 1) ?? 0);
      if (!best || weight > best.weight) best = { bin, weight };
    }
    if (best) typical.set(key, best.bin * SHARE_BIN_BP);
  }
  return typical;
}

export type FeeLink = { fee: number; posting: number; shareBp: number; namesMerchant: boolean; days: number };

/**
 * Pairs fee lines with the postings they belong to; returns each link (pool positions).
 * `isLinkable(posting)` leaves out postings that only repeat another (an alert's echo of a
 * statement row): the fee belongs to the row, and the echo would otherwise take it.
 */
export function linkFeeLines(pool: readonly PooledRecord[], index: AmountDayIndex, isLinkable: (posting: PooledRecord) => boolean = () => true): FeeLink[] {
  const byFee = new Map<number, Candidate[]>();
  for (const p of pool) if (p.isFee) byFee.set(p.index, findCandidates(p, pool, index, isLinkable));
  if (byFee.size === 0) return [];
  const typical = learnTypicalShares(pool, byFee);
  type Ranked = Candidate & { distance: number };
  const byRank = (a: Ranked, b: Ranked) =>
    Number(b.namesMerchant) - Number(a.namesMerchant) || a.distance - b.distance || a.days - b.days ||
    pool[b.posting]!.amount - pool[a.posting]!.amount || compareIds(a.feeId, b.feeId) || compareIds(a.postingId, b.postingId);
  // Each fee line's own candidates, best first; only its first few enter the global best-first
  // pass (a busy statement gives a small fixed fee hundreds of plausible purchases, and sorting
  // them all is most of the cost); a fee line whose few were all taken tries the rest after.
  const kept: Ranked[] = [];
  // A fee rounded to the minor unit moves its share by up to half a unit of the purchase.
  const distanceOf = (c: Candidate, usual: number | undefined) =>
    usual === undefined ? 0 : Math.max(0, Math.abs(c.shareBp - usual) - (Math.ceil(5_000 / pool[c.posting]!.amount) + SHARE_BIN_BP));
  const usualOf = (fee: number) => typical.get(pool[fee]!.record.cardLast4 ?? "");
  const rankAll = (fee: number, candidates: readonly Candidate[]): Ranked[] => {
    const usual = usualOf(fee);
    return candidates.map((c) => Object.assign(c, { distance: distanceOf(c, usual) }));
  };
  for (const [fee, candidates] of byFee) {
    if (candidates.length <= FIRST_CANDIDATES) {
      kept.push(...rankAll(fee, candidates));
      continue;
    }
    // The first few by rank without sorting them all: a bounded insertion.
    const top: Ranked[] = [];
    const usual = usualOf(fee);
    for (const c of candidates) {
      const ranked = c as Ranked;
      ranked.distance = distanceOf(c, usual);
      if (top.length === FIRST_CANDIDATES && byRank(ranked, top[FIRST_CANDIDATES - 1]!) >= 0) continue;
      let at = top.length === FIRST_CANDIDATES ? FIRST_CANDIDATES - 1 : top.length;
      while (at > 0 && byRank(ranked, top[at - 1]!) < 0) {
        top[at] = top[at - 1]!;
        at -= 1;
      }
      top[at] = ranked;
      if (top.length > FIRST_CANDIDATES) top.length = FIRST_CANDIDATES;
    }
    kept.push(...top);
  }
  const usedFees = new Set<number>();
  const usedPostings = new Set<number>();
  const links: FeeLink[] = [];
  const take = (list: Ranked[]) => {
    for (const c of list.sort(byRank)) {
      if (usedFees.has(c.fee) || usedPostings.has(c.posting)) continue;
      usedFees.add(c.fee);
      usedPostings.add(c.posting);
      links.push({ fee: c.fee, posting: c.posting, shareBp: c.shareBp, namesMerchant: c.namesMerchant, days: c.days });
    }
  };
  take(kept);
  const left = [...byFee].filter(([fee, candidates]) => !usedFees.has(fee) && candidates.length > FIRST_CANDIDATES);
  take(left.flatMap(([fee, candidates]) => rankAll(fee, candidates)));
  return links;
}
