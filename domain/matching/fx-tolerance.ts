/**
 * Exchange-rate arithmetic for cross-currency matching, exact: a rate is a ratio of integers
 * (`to minor = from minor × num / den`) held as BigInt, so "is this bill within 3 % of the slip
 * converted" is decided without a float ever touching money. Floats appear only in
 * `estimateRange`, which widens the search window of the amount index by one minor unit either
 * side; the exact BigInt test then decides. See docs/matching.md.
 *
 * Tolerance bands, in basis points of the expected billed amount (billed ≈ slip × rate × (1 + fee)):
 * - recordFx (the record prints its own original amount): the traveller and the bank state the same
 *   foreign amount, so only rounding or a small tip moves it: ±1 %.
 * - dcc (the slip printed the home-currency amount): billed = that amount, but many issuers still add
 *   their 0–3 % foreign fee on a DCC sale: −0.5 % … +3.5 %.
 * - impliedFx (the rate another record of the same traveller and currency pair shows): that rate
 *   already contains the network spread and this card's fee; only the day-to-day move remains,
 *   rarely > 3 % within a trip: ±3 %.
 * - rateTable (a mid-market table, e.g. the ECB's): network rate within ±1 % of mid, the table ±1 %
 *   stale, fee 0–3 %: billed / (slip × mid) ∈ [0.98 × 1.00, 1.02 × 1.03] = [0.980, 1.051] → −3 % … +5.5 %.
 * - peg (a central-bank peg): the market sits on the peg (plus the peg's own band, added per peg),
 *   the network within ±1 % of it, fee 0–3 %: [0.99, 1.01 × 1.03 = 1.040] → −1.5 % … +4.5 % with margin.
 * - estimatedFx (the trip's rate estimated from its own slips and records): it already holds the
 *   markup and this card's fee, but it is one trip-wide figure: day-to-day drift ±2 %, rounding → ±2.5 %.
 * Worked case: THB 1,250.00 = 125 000 minor; table THB→CNY 0.1963 → expected CNY 245.375 =
 * 24 537.5 minor; band → 23 801.4 … 25 887.1; a bill of CNY 252.30 (25 230) deviates +2.82 % —
 * inside; CNY 260.00 (26 000) deviates +5.96 % — outside. JPY 1 280 (exponent 0) at 0.0473 CNY →
 * 1 280 × 4 730 / 1 000 = 6 054.4 CNY minor, so a bill of CNY 60.55 deviates +0.01 %.
 */
import type { MinorRate } from "@/domain/fx";

export { SAME_CURRENCY, compareRates, invertRate, parseDecimalRate, toMinorRate } from "@/domain/fx";
export type { MinorRate } from "@/domain/fx";
export type ToleranceBand = { lowBp: number; highBp: number };

export const BANDS = {
  recordFx: { lowBp: 100, highBp: 100 },
  dcc: { lowBp: 50, highBp: 350 },
  impliedFx: { lowBp: 300, highBp: 300 },
  rateTable: { lowBp: 300, highBp: 550 },
  peg: { lowBp: 150, highBp: 450 },
  estimatedFx: { lowBp: 250, highBp: 250 },
} as const satisfies Record<string, ToleranceBand>;

/** A band widened by `extraBp` either side (a banded peg lets the market move that far). */
export function widenBand(band: ToleranceBand, extraBp: number): ToleranceBand {
  return extraBp === 0 ? band : { lowBp: band.lowBp + extraBp, highBp: band.highBp + extraBp };
}

/** Signed deviation of `toMinor` from `fromMinor` converted, in whole basis points (toward zero). */
export function measureDeviationBp(fromMinor: number, toMinor: number, rate: MinorRate): number {
  const expected = BigInt(Math.abs(fromMinor)) * rate.num;
  if (expected === 0n) return toMinor === 0 ? 0 : Number.MAX_SAFE_INTEGER;
  const actual = BigInt(Math.abs(toMinor)) * rate.den;
  return Number(((actual - expected) * 10_000n) / expected);
}

/** Exact: −low ≤ (actual − expected) / expected ≤ high, decided on integers. */
export function isWithinBand(fromMinor: number, toMinor: number, rate: MinorRate, band: ToleranceBand): boolean {
  const expected = BigInt(Math.abs(fromMinor)) * rate.num;
  const diff = (BigInt(Math.abs(toMinor)) * rate.den - expected) * 10_000n;
  return diff >= -BigInt(band.lowBp) * expected && diff <= BigInt(band.highBp) * expected;
}

/**
 * The minor-unit range worth looking up in the amount index. Float on purpose and only here: it
 * bounds a search, widened by a unit each side, and `isWithinBand` makes the decision.
 */
export function estimateRange(fromMinor: number, rate: MinorRate, band: ToleranceBand): [number, number] {
  const expected = (Math.abs(fromMinor) * Number(rate.num)) / Number(rate.den);
  return [Math.floor(expected * (1 - band.lowBp / 10_000)) - 1, Math.ceil(expected * (1 + band.highBp / 10_000)) + 1];
}
