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
 * - rateTable (a mid-market table): network rate within ±1 % of mid, the table ±1 % stale, fee 0–3 %:
 *   billed / (slip × mid) ∈ [0.98 × 1.00, 1.02 × 1.03] = [0.980, 1.051] → −3 % … +5.5 % with margin.
 * Worked case: THB 1,250.00 = 125 000 minor; table THB→CNY 0.1963 → expected CNY 245.375 =
 * 24 537.5 minor; band → 23 801.4 … 25 887.1; a bill of CNY 252.30 (25 230) deviates +2.82 % —
 * inside; CNY 260.00 (26 000) deviates +5.96 % — outside. JPY 1 280 (exponent 0) at 0.0473 CNY →
 * 1 280 × 4 730 / 1 000 = 6 054.4 CNY minor, so a bill of CNY 60.55 deviates +0.01 %.
 */
import { currencyExponent } from "@/domain/money";

/** `to minor = from minor × num / den`, num and den positive. */
export type MinorRate = { num: bigint; den: bigint };
export type ToleranceBand = { lowBp: number; highBp: number };

export const BANDS = {
  recordFx: { lowBp: 100, highBp: 100 },
  dcc: { lowBp: 50, highBp: 350 },
  impliedFx: { lowBp: 300, highBp: 300 },
  rateTable: { lowBp: 300, highBp: 550 },
} as const satisfies Record<string, ToleranceBand>;

/** A decimal string ("0.1963", "162.41") as an exact ratio; null for anything else or zero. */
export function parseDecimalRate(text: string): MinorRate | null {
  const match = /^(\d{1,12})(?:\.(\d{1,12}))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  const num = BigInt(match[1]! + fraction);
  return num === 0n ? null : { num, den: 10n ** BigInt(fraction.length) };
}

/**
 * A major-unit rate (1 `from` = rate `to`) as a minor-unit ratio: JPY has 0 decimals and CNY 2,
 * so 0.0473 CNY per JPY is 4.73 CNY-fen per yen.
 */
export function toMinorRate(rate: MinorRate, from: string, to: string): MinorRate | null {
  const fromExp = currencyExponent(from);
  const toExp = currencyExponent(to);
  if (fromExp === null || toExp === null) return null;
  return { num: rate.num * 10n ** BigInt(toExp), den: rate.den * 10n ** BigInt(fromExp) };
}

export function invertRate(rate: MinorRate): MinorRate {
  return { num: rate.den, den: rate.num };
}

/** −1, 0, 1 as a compares with b. */
export function compareRates(a: MinorRate, b: MinorRate): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
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

/** The identity rate: comparing amounts in one currency. */
export const SAME_CURRENCY: MinorRate = { num: 1n, den: 1n };
