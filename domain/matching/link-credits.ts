/**
 * Attaches each reversal and refund to the charge it gives money back for, so status can say
 * "hold released" or "refunded" from one charge. Rules: same card when both name one; the credit
 * is dated no earlier than the debit minus a day and at most 35 days after it for a reversal (a
 * hotel hold lives up to 30 days) or 180 days for a refund; merchants similar (or unknown, then
 * only an exact amount); the amount equal to the debit (a full refund or release; a refund of the
 * same foreign amount at a new rate counts as equal — compare-credit.ts) or — for a refund —
 * smaller, as long as the credits on one charge never exceed what it took. Exact amounts
 * are tried first; a partial refund is only looked for among debits whose descriptor starts the
 * same way (a cheap key), which keeps the search linear. See docs/matching.md.
 */
import { queryIndex, type AmountDayIndex } from "./amount-index";
import { appendTo, compareIds } from "./multimap";
import { comparePreparedMerchants, type MerchantScore } from "./merchant-similarity";
import { readMerchantKey, type PreparedMerchant } from "./merchant-words";
import { compareCredit } from "./compare-credit";
import { getPlaceWords, getPreparedMerchant, isDebit, type PooledRecord } from "./record-pool";
import type { ChargeDraft } from "./group-charges";

const MAX_DAYS = { reversal: 35, refund: 180 } as const;
const MIN_SIMILARITY = 0.5;
const NO_PLACES: ReadonlySet<string> = new Set();

/** Scores of record pairs without place words, per prepared name pair: statements repeat descriptors. */
const scoresOf = new WeakMap<PreparedMerchant, Map<PreparedMerchant, MerchantScore>>();

/** Merchant similarity of two issuer records (a hold and its posting, a refund and its purchase). */
export function compareRecordMerchants(a: PooledRecord, b: PooledRecord): MerchantScore {
  const placesA = getPlaceWords(a);
  const placesB = getPlaceWords(b);
  const left = getPreparedMerchant(a);
  const right = getPreparedMerchant(b);
  if (placesA.length > 0 || placesB.length > 0) return comparePreparedMerchants(left, right, new Set([...placesA, ...placesB]));
  let known = scoresOf.get(left);
  if (!known) scoresOf.set(left, (known = new Map()));
  let score = known.get(right);
  if (!score) known.set(right, (score = comparePreparedMerchants(left, right, NO_PLACES)));
  return score;
}

type Candidate = { credit: number; charge: number; amount: number; inLeadCurrency: boolean; rank: number; creditId: string; debitId: string };

function evaluate(credit: PooledRecord, debit: PooledRecord, charge: number, lead: PooledRecord): Candidate | null {
  if (credit.record.cardLast4 && debit.record.cardLast4 && credit.record.cardLast4 !== debit.record.cardLast4) return null;
  const role = credit.role === "reversal" ? "reversal" : "refund";
  const gap = credit.day - debit.day;
  if (gap < -1 || gap > MAX_DAYS[role]) return null;
  // A refund may come back at another day's rate: the same foreign amount, or within the FX band (compare-credit.ts).
  const amounts = compareCredit(credit.record, debit.record, role === "refund");
  if (!amounts || amounts.isOver) return null;
  const isExact = amounts.isFull;
  const merchant = compareRecordMerchants(debit, credit);
  if (merchant.isUnknown ? !isExact : merchant.score < MIN_SIMILARITY) return null;
  if (!isExact && role === "reversal" && merchant.score < 0.6) return null;
  return {
    credit: credit.index, charge, amount: amounts.givenBack, inLeadCurrency: debit === lead,
    rank: (isExact ? 100 : 0) + merchant.score * 10 - Math.abs(gap) * 0.01, creditId: credit.record.id, debitId: debit.record.id,
  };
}

function buildKeyIndex(pool: PooledRecord[]): Map<string, PooledRecord[]> {
  const byKey = new Map<string, PooledRecord[]>();
  for (const p of pool) {
    if (!isDebit(p)) continue;
    const key = readMerchantKey(p.record.merchant);
    appendTo(byKey, key, p);
  }
  return byKey;
}

/** Puts credits onto charges, best pairs first; `chargeOf` gains every credit placed. */
export function attachCredits(pool: PooledRecord[], charges: ChargeDraft[], chargeOf: Int32Array, index: AmountDayIndex): void {
  const credits = pool.filter((p) => p.role === "reversal" || p.role === "refund");
  if (credits.length === 0) return;
  let byKey: Map<string, PooledRecord[]> | null = null;
  const candidates: Candidate[] = [];
  for (const credit of credits) {
    const maxDays = MAX_DAYS[credit.role === "reversal" ? "reversal" : "refund"];
    const found: Candidate[] = [];
    const visit = (debit: PooledRecord) => {
      const at = chargeOf[debit.index]!;
      const draft = charges[at];
      if (!draft || !isDebit(debit)) return;
      const candidate = evaluate(credit, debit, at, pool[draft.posting ?? draft.hold!]!);
      if (candidate && !found.some((c) => c.charge === candidate.charge)) found.push(candidate);
    };
    for (const [currency, amount] of [[credit.record.billedCurrency, credit.amount], [credit.record.originalCurrency, credit.originalAmount]] as const) {
      if (currency && amount !== null) queryIndex(index, currency, credit.day - maxDays, credit.day + 1, amount, amount, (at) => visit(pool[at]!));
    }
    if (found.length === 0 && credit.role === "refund") {
      byKey ??= buildKeyIndex(pool);
      for (const debit of byKey.get(readMerchantKey(credit.record.merchant)) ?? []) visit(debit);
    }
    candidates.push(...found);
  }
  candidates.sort((a, b) => b.rank - a.rank || compareIds(a.creditId, b.creditId) || compareIds(a.debitId, b.debitId));
  const taken = new Map<number, number>();
  for (const c of candidates) {
    if (chargeOf[c.credit] !== -1) continue;
    const draft = charges[c.charge]!;
    const lead = pool[draft.posting ?? draft.hold!]!;
    const already = taken.get(c.charge) ?? 0;
    if (c.inLeadCurrency && already + c.amount > lead.amount) continue;
    taken.set(c.charge, already + (c.inLeadCurrency ? c.amount : 0));
    draft.credits = [...draft.credits, c.credit];
    draft.reasons = [...draft.reasons, { key: "charge.creditOffsets" }];
    chargeOf[c.credit] = c.charge;
  }
}
