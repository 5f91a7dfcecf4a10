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

/** Sørensen–Dice over character bigrams: works for "STARBUCKS 123" and "星巴克咖啡" alike. */
export function scoreMerchantSimilarity(a: string, b: string): number {
  const left = listBigrams(a);
  const right = listBigrams(b);
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

function scorePair(pending: IssuerRecord, posted: IssuerRecord): PendingLink | null {
  if (pending.cardLast4 && posted.cardLast4 && pending.cardLast4 !== posted.cardLast4) return null;
  const daysApart = toDayNumber(posted.postingDate ?? posted.transactionDate) - toDayNumber(pending.transactionDate);
  const txGap = toDayNumber(posted.transactionDate) - toDayNumber(pending.transactionDate);
  if (daysApart < 0 || daysApart > MAX_DAYS || txGap < -1) return null;
  const postedMinor = readComparableAmount(pending, posted);
  if (postedMinor === null || postedMinor <= 0 || !isWithinTolerance(pending.billedAmountMinor, postedMinor)) return null;
  const hasBothMerchants = normaliseMerchant(pending.merchant) !== "" && normaliseMerchant(posted.merchant) !== "";
  const similarity = hasBothMerchants ? scoreMerchantSimilarity(pending.merchant, posted.merchant) : 0;
  const amountDifferenceMinor = postedMinor - pending.billedAmountMinor;
  if (hasBothMerchants ? similarity < MIN_SIMILARITY : amountDifferenceMinor !== 0) return null;
  return { pending: pending.fingerprint, posted: posted.fingerprint, amountDifferenceMinor, daysApart, merchantSimilarity: similarity };
}

function rankLink(link: PendingLink): number {
  return (link.amountDifferenceMinor === 0 ? 100 : 0) + link.merchantSimilarity * 10 - link.daysApart * 0.1;
}

/** Pairs of (pending, posted) fingerprints with the reasons they were linked; best pairs first. */
export function linkPendingToPosted(records: readonly IssuerRecord[]): PendingLink[] {
  const pendings = records.filter((r) => r.state === "pending" && (r.kind === "authorisation" || r.kind === "purchase"));
  const posteds = records.filter((r) => r.state === "posted" && r.kind === "purchase");
  const candidates: PendingLink[] = [];
  for (const pending of pendings) {
    if (pending.billedAmountMinor <= 0) continue;
    for (const posted of posteds) {
      const link = scorePair(pending, posted);
      if (link) candidates.push(link);
    }
  }
  candidates.sort((a, b) => rankLink(b) - rankLink(a));
  const used = new Set<string>();
  const links: PendingLink[] = [];
  for (const link of candidates) {
    if (used.has(link.pending) || used.has(link.posted)) continue;
    used.add(link.pending);
    used.add(link.posted);
    links.push(link);
  }
  return links;
}
