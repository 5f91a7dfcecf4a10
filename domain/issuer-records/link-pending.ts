/**
 * Links a pending authorisation (an alert, a "pending" statement row) to the posted purchase the
 * issuer books a few days later, so the tracker shows one payment moving along its path instead
 * of two charges. Pure: it returns pairs with their reasons and changes no record. Rules — all
 * must hold:
 * - same card when both records name one;
 * - posted (posting date, else transaction date) 0–10 days after the pending date, and its
 *   transaction date not before the pending date minus 1 day (time zones);
 * - same currency and amount within 20% (a 50.00 restaurant hold posted as 60.00 with a tip is
 *   +10.00 = 20% — the limit), or the posted row's ORIGINAL amount in the pending currency within
 *   the same 20% (a THB alert later billed in CNY);
 * - merchants similar (character-bigram Dice ≥ 0.3 on normalised names), unless one side has no
 *   merchant — then only an exact amount links.
 * Each record is used at most once; the best pairs (exact amount, similar merchant, fewest days)
 * are taken first. See docs/importers.md.
 */
import { normaliseMerchant } from "./fingerprint";
import type { IssuerRecord } from "./issuer-record";

export type PendingLink = {
  pending: string;
  posted: string;
  amountDifferenceMinor: number;
  daysApart: number;
  merchantSimilarity: number;
};

const MAX_DAYS = 10;
const TOLERANCE_PERCENT = 20n;
const MIN_SIMILARITY = 0.3;

function toDayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

function listBigrams(text: string): string[] {
  const chars = [...normaliseMerchant(text).replace(/ /g, "")];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((ch, i) => `${chars[i]}${ch}`);
}

function scoreDice(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of left) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of right) {
    const count = pool.get(g) ?? 0;
    if (count > 0) {
      shared += 1;
      pool.set(g, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Sørensen–Dice over character bigrams: works for "STARBUCKS 123" and "星巴克咖啡" alike. */
export function scoreMerchantSimilarity(a: string, b: string): number {
  return scoreDice(listBigrams(a), listBigrams(b));
}

type MerchantShape = { isEmpty: boolean; bigrams: string[] };

/** Merchants and dates are read once per linking run, not once per pair. */
function makeReaders() {
  const merchants = new Map<string, MerchantShape>();
  const days = new Map<string, number>();
  return {
    merchant(merchant: string): MerchantShape {
      let shape = merchants.get(merchant);
      if (!shape) {
        shape = { isEmpty: normaliseMerchant(merchant) === "", bigrams: listBigrams(merchant) };
        merchants.set(merchant, shape);
      }
      return shape;
    },
    day(date: string): number {
      let day = days.get(date);
      if (day === undefined) {
        day = toDayNumber(date);
        days.set(date, day);
      }
      return day;
    },
  };
}

type Readers = ReturnType<typeof makeReaders>;

function readComparableAmount(pending: IssuerRecord, posted: IssuerRecord): number | null {
  if (posted.billedCurrency === pending.billedCurrency) return posted.billedAmountMinor;
  if (posted.originalCurrency === pending.billedCurrency && posted.originalAmountMinor !== undefined) {
    return posted.originalAmountMinor;
  }
  return null;
}

function isWithinTolerance(pendingMinor: number, postedMinor: number): boolean {
  // BigInt so the percentage arithmetic is exact for any safe integer.
  const diff = BigInt(Math.abs(postedMinor - pendingMinor));
  return diff * 100n <= BigInt(Math.abs(pendingMinor)) * TOLERANCE_PERCENT;
}

function scorePair(pending: IssuerRecord, posted: IssuerRecord, read: Readers): PendingLink | null {
  if (pending.cardLast4 && posted.cardLast4 && pending.cardLast4 !== posted.cardLast4) return null;
  const pendingDay = read.day(pending.transactionDate);
  const daysApart = read.day(posted.postingDate ?? posted.transactionDate) - pendingDay;
  const txGap = read.day(posted.transactionDate) - pendingDay;
  if (daysApart < 0 || daysApart > MAX_DAYS || txGap < -1) return null;
  const postedMinor = readComparableAmount(pending, posted);
  if (postedMinor === null || postedMinor <= 0 || !isWithinTolerance(pending.billedAmountMinor, postedMinor)) return null;
  const left = read.merchant(pending.merchant);
  const right = read.merchant(posted.merchant);
  const hasBothMerchants = !left.isEmpty && !right.isEmpty;
  const similarity = hasBothMerchants ? scoreDice(left.bigrams, right.bigrams) : 0;
  const amountDifferenceMinor = postedMinor - pending.billedAmountMinor;
  if (hasBothMerchants ? similarity < MIN_SIMILARITY : amountDifferenceMinor !== 0) return null;
  return { pending: pending.fingerprint, posted: posted.fingerprint, amountDifferenceMinor, daysApart, merchantSimilarity: similarity };
}

function rankLink(link: PendingLink): number {
  return (link.amountDifferenceMinor === 0 ? 100 : 0) + link.merchantSimilarity * 10 - link.daysApart * 0.1;
}

type IndexedPosted = { amount: number; order: number; record: IssuerRecord };

/**
 * Posted purchases by "currency|day" (the day daysApart counts from), each bucket sorted by the
 * amount a pending record in that currency compares against. A pending record then looks only
 * at its 11 days and at amounts within ±20%, closest amounts first — comparing every pair took
 * minutes for a 20 000-row file of holds and postings.
 */
function indexPosteds(posteds: readonly IssuerRecord[], read: Readers): Map<string, IndexedPosted[]> {
  const index = new Map<string, IndexedPosted[]>();
  const add = (currency: string, day: number, entry: IndexedPosted) => {
    const key = `${currency}|${day}`;
    const bucket = index.get(key);
    if (bucket) bucket.push(entry);
    else index.set(key, [entry]);
  };
  posteds.forEach((record, order) => {
    const day = read.day(record.postingDate ?? record.transactionDate);
    add(record.billedCurrency, day, { amount: record.billedAmountMinor, order, record });
    if (record.originalCurrency && record.originalCurrency !== record.billedCurrency && record.originalAmountMinor !== undefined) {
      add(record.originalCurrency, day, { amount: record.originalAmountMinor, order, record });
    }
  });
  for (const bucket of index.values()) bucket.sort((a, b) => a.amount - b.amount);
  return index;
}

/** First position in a bucket sorted by amount whose amount is ≥ `min`. */
function lowerBound(bucket: readonly IndexedPosted[], min: number): number {
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((bucket[mid]?.amount ?? 0) < min) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * At most this many posted rows are scored for one pending record, and its best few candidates
 * kept. Real statements come nowhere near it (only purchases within 11 days AND ±20% of the
 * amount are looked at, exact amounts first, then the closest); it bounds the work — linking
 * runs inside a request — for a file crafted with 100 000 identical holds and postings.
 */
const MAX_SCORED_PER_PENDING = 64;
const MAX_KEPT_PER_PENDING = 8;

/** The bucket's entries within [min, max], closest to `amount` first (two pointers from the exact amount). */
function* closestFirst(bucket: readonly IndexedPosted[], amount: number, min: number, max: number): Generator<IndexedPosted> {
  let up = lowerBound(bucket, amount);
  let down = up - 1;
  for (;;) {
    const above = bucket[up];
    const below = bucket[down];
    const hasAbove = above !== undefined && above.amount <= max;
    const hasBelow = below !== undefined && below.amount >= min;
    if (!hasAbove && !hasBelow) return;
    if (hasAbove && (!hasBelow || above.amount - amount <= amount - below.amount)) {
      yield above;
      up += 1;
    } else if (below) {
      yield below;
      down -= 1;
    }
  }
}

type Candidate = { link: PendingLink; rank: number; pendingOrder: number; postedOrder: number };

/** Best first; ties keep the records' own order (pending, then posted), as a plain double loop would. */
function byRank(a: Candidate, b: Candidate): number {
  return b.rank - a.rank || a.pendingOrder - b.pendingOrder || a.postedOrder - b.postedOrder;
}

/** Pairs of (pending, posted) fingerprints with the reasons they were linked; best pairs first. */
export function linkPendingToPosted(records: readonly IssuerRecord[]): PendingLink[] {
  const read = makeReaders();
  const pendings = records.filter((r) => r.state === "pending" && (r.kind === "authorisation" || r.kind === "purchase"));
  const posteds = records.filter((r) => r.state === "posted" && r.kind === "purchase");
  const index = indexPosteds(posteds, read);
  const candidates: Candidate[] = [];
  pendings.forEach((pending, pendingOrder) => {
    const amount = pending.billedAmountMinor;
    if (amount <= 0) return;
    const firstDay = read.day(pending.transactionDate);
    // A margin of 1 around ±20%: scorePair decides exactly, the index only narrows.
    const min = Math.floor(amount * 0.8) - 1;
    const max = Math.ceil(amount * 1.2) + 1;
    const buckets: IndexedPosted[][] = [];
    for (let day = firstDay; day <= firstDay + MAX_DAYS; day += 1) {
      const bucket = index.get(`${pending.billedCurrency}|${day}`);
      if (bucket) buckets.push(bucket);
    }
    let budget = MAX_SCORED_PER_PENDING;
    const found: Candidate[] = [];
    const score = (entry: IndexedPosted) => {
      budget -= 1;
      const link = scorePair(pending, entry.record, read);
      if (link) found.push({ link, rank: rankLink(link), pendingOrder, postedOrder: entry.order });
    };
    // Exact amounts on every day first, then the rest of the ±20% band.
    for (const bucket of buckets) {
      for (const entry of closestFirst(bucket, amount, amount, amount)) {
        if (budget <= 0) break;
        score(entry);
      }
    }
    for (const bucket of buckets) {
      for (const entry of closestFirst(bucket, amount, min, max)) {
        if (budget <= 0) break;
        if (entry.amount !== amount) score(entry);
      }
    }
    candidates.push(...found.sort(byRank).slice(0, MAX_KEPT_PER_PENDING));
  });
  candidates.sort(byRank);
  const used = new Set<string>();
  const links: PendingLink[] = [];
  for (const { link } of candidates) {
    if (used.has(link.pending) || used.has(link.posted)) continue;
    used.add(link.pending);
    used.add(link.posted);
    links.push(link);
  }
  return links;
}
