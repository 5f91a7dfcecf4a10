/**
 * Scores one slip against one issuer record and says which pass, if any, the pair qualifies for.
 * The rules, all in calendar days d = record date − slip local date:
 * - reference: an approval code (6 characters, not all zeros), RRN or issuer transaction id equal,
 *   with sanity checks — same card when both known, −3 ≤ d ≤ 60, amount within ±50 % when the
 *   currencies can be compared at all;
 * - strong: amount exactly equal (same currency, the record's own original amount, or the DCC
 *   home amount), −1 ≤ d ≤ 3 for a hold, ≤ 10 for a posting (a statement may print the posting
 *   date), ≤ 35 for a lone credit; merchants similar — or unknown (no name, other script) when the
 *   card is the same and −1 ≤ d ≤ 3 (then a modest 0.4 is enough too: a long descriptor that only
 *   partly names the shop, the amount being exact); a late upload (d up to 45) needs a clearly similar merchant;
 *   an exact DCC home amount on the same card within −1…3 days needs no merchant at all;
 * - crossCurrency: the billed amount within the tolerance band of its currency path
 *   (fx-tolerance.ts), same date windows, merchants similar (unknown only for recordFx/dcc).
 * A different card last 4 (both known) never matches. See docs/matching.md.
 */
import type { RateProvenance } from "@/domain/fx";
import { BANDS, SAME_CURRENCY, isWithinBand, measureDeviationBp, type MinorRate, type ToleranceBand } from "./fx-tolerance";
import { comparePreparedMerchants, SIMILAR_MERCHANT, type MerchantScore } from "./merchant-similarity";
import { findRate, type RateBook } from "./rate-book";
import { getPlaceWords, getPreparedMerchant, type PooledRecord } from "./record-pool";
import type { SlipInfo } from "./slip-info";
import type { CurrencyPath, ReferenceKind, ScoreParts } from "./match-types";

export type QualifyingPass = "reference" | "strong" | "crossCurrency";
export type PairEvaluation = {
  pass: QualifyingPass | null; parts: ScoreParts; merchant: MerchantScore; isLate: boolean; isExactAmount: boolean; isDccOverride: boolean;
};
type AmountCheck = { path: CurrencyPath; deviationBp: number; isExact: boolean; isInBand: boolean; band: ToleranceBand; provenance: RateProvenance | null };

const WINDOW = { hold: 3, posting: 10, credit: 35 } as const;
const LATE_UPLOAD_DAYS = 45;
const LATE_MERCHANT = 0.6;
/** With the slip's own amount exact, on the same card within −1…3 days, a long descriptor that only partly names the shop is enough. */
const MODEST_MERCHANT = 0.4;
const ABSURD_BP = 5_000;

function check(path: CurrencyPath, from: number, to: number, rate: MinorRate, band: ToleranceBand, provenance: RateProvenance | null = null): AmountCheck {
  const deviationBp = measureDeviationBp(from, to, rate);
  // Only a comparison within one currency can be exact; a converted amount is at best in band.
  const isExact = rate === SAME_CURRENCY && Math.abs(from) === Math.abs(to);
  return { path, deviationBp, isExact, isInBand: isWithinBand(from, to, rate, band), band, provenance };
}

/** Every way the two amounts can be compared, best first: exact, then inside a band by deviation. */
function compareAmounts(slip: SlipInfo, p: PooledRecord, book: RateBook, allowFx: boolean): AmountCheck | null {
  const s = slip.slip;
  const r = p.record;
  const checks: AmountCheck[] = [];
  const exactBand = { lowBp: 0, highBp: 0 };
  if (r.billedCurrency === s.currency) checks.push(check("same", s.amountMinor, p.amount, SAME_CURRENCY, exactBand));
  if (r.originalCurrency === s.currency && p.originalAmount !== null) checks.push(check("recordFx", s.amountMinor, p.originalAmount, SAME_CURRENCY, BANDS.recordFx));
  if (s.dccHomeCurrency === r.billedCurrency && s.dccHomeAmountMinor) checks.push(check("dcc", s.dccHomeAmountMinor, p.amount, SAME_CURRENCY, BANDS.dcc));
  if (allowFx && checks.length === 0) {
    const found = findRate(book, s.currency, r.billedCurrency, slip.day);
    if (found) checks.push(check(found.path, s.amountMinor, p.amount, found.rate, found.band, found.provenance));
  }
  const order = (c: AmountCheck) => (c.isExact ? 0 : c.isInBand ? 1 : 2);
  checks.sort((a, b) => order(a) - order(b) || Math.abs(a.deviationBp) - Math.abs(b.deviationBp));
  return checks[0] ?? null;
}

function findReference(slip: SlipInfo, p: PooledRecord): ReferenceKind | null {
  const refs = p.record.references;
  if (slip.approvalCode && refs.authCode?.trim().toUpperCase() === slip.approvalCode) return "approvalCode";
  if (slip.rrn && refs.rrn?.trim().toUpperCase() === slip.rrn) return "rrn";
  if (slip.rrn && refs.issuerTransactionId?.trim().toUpperCase() === slip.rrn) return "issuerTransactionId";
  return null;
}

function scoreAmount(a: AmountCheck | null): number {
  if (!a || !a.isInBand) return 0;
  if (a.isExact) return 1;
  const limit = a.deviationBp < 0 ? a.band.lowBp : a.band.highBp;
  return limit === 0 ? 0 : 1 - (0.5 * Math.abs(a.deviationBp)) / limit;
}

function scoreDate(d: number): number {
  if (d < 0) return Math.max(0, 1 + 0.1 * d);
  return d <= 1 ? 1 : Math.max(0, 1 - (d - 1) / 15);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Null when the card differs or the dates are far apart (checked first: it spares the merchant
 * comparison); otherwise the parts and the pass, if any. `forDisplay` always returns the parts —
 * for a refund dated months later, say — and never a pass the early checks would have refused.
 */
export function evaluatePair(
  slip: SlipInfo, p: PooledRecord, book: RateBook, allowFx: boolean, isLoneCredit: boolean, forDisplay = false,
): PairEvaluation | null {
  const r = p.record;
  const d = p.day - slip.day;
  const isBlocked = (!!slip.cardLast4 && !!r.cardLast4 && slip.cardLast4 !== r.cardLast4) || d < -3 || d > 60;
  if (isBlocked && !forDisplay) return null;
  const amount = compareAmounts(slip, p, book, allowFx);
  const reference = findReference(slip, p);
  const recordPlaces = getPlaceWords(p);
  const places = recordPlaces.length === 0 ? slip.places : new Set([...slip.places, ...recordPlaces]);
  const merchant = comparePreparedMerchants(slip.prepared, getPreparedMerchant(p), places);
  const card = !slip.cardLast4 || !r.cardLast4 ? "unknown" : slip.cardLast4 === r.cardLast4 ? "same" : "different";
  const isSimilar = !merchant.isUnknown && merchant.score >= SIMILAR_MERCHANT;
  const isUnknownButClose = merchant.isUnknown && card === "same" && d >= -1 && d <= 3;
  const isModestButClose = !merchant.isUnknown && merchant.score >= MODEST_MERCHANT && card === "same" && d >= -1 && d <= 3;
  const windowEnd = isLoneCredit ? WINDOW.credit : p.role === "hold" ? WINDOW.hold : WINDOW.posting;
  const inWindow = d >= -1 && d <= windowEnd;
  const isExact = amount?.isExact === true;
  const isLate = isExact && !inWindow && d > windowEnd && d <= LATE_UPLOAD_DAYS && !merchant.isUnknown && merchant.score >= LATE_MERCHANT;
  // A DCC home amount is a converted figure to the cent: equal on the same card within days, it
  // names the payment even when the descriptor is the merchant's company name, not its shop name.
  const isDccOverride = isExact && amount!.path === "dcc" && card === "same" && d >= -1 && d <= 3 && !isSimilar;
  let pass: QualifyingPass | null = null;
  if (isBlocked) pass = null;
  else if (reference && (!amount || Math.abs(amount.deviationBp) <= ABSURD_BP)) pass = "reference";
  else if (isExact && ((inWindow && (isSimilar || isUnknownButClose || isModestButClose)) || isLate || isDccOverride)) pass = "strong";
  else if (amount && !isExact && amount.isInBand && inWindow && (isSimilar || (isUnknownButClose && (amount.path === "recordFx" || amount.path === "dcc")))) pass = "crossCurrency";
  const amountScore = scoreAmount(amount);
  // Weights of the evidence every pair has; a printed reference then lifts the total to ≥ 0.7.
  const base = 0.4 * amountScore + 0.25 * scoreDate(d) + 0.3 * (merchant.isUnknown ? 0.3 : merchant.score) + 0.05 * (card === "same" ? 1 : 0.5);
  const parts: ScoreParts = {
    reference, amount: round3(amountScore), amountDeviationBp: amount ? amount.deviationBp : null, dateDistanceDays: d,
    merchantSimilarity: merchant.score, card, currencyPath: amount?.path ?? "same", rate: amount?.provenance ?? null,
    total: round3(reference ? 0.7 + 0.3 * base : base),
  };
  return { pass, parts, merchant, isLate, isExactAmount: isExact, isDccOverride };
}
