/**
 * Exchange rates as exact integer ratios: a rate is `to minor = from minor × num / den`, held as
 * BigInt, so deciding "is this bill within 3 % of the slip converted" or crossing two rates
 * through the euro never lets a float touch money. Published rates are decimals in major units
 * ("1 EUR = 36.602 THB"); `toMinorRate` turns them into minor units with each currency's ISO
 * exponent (JPY 0, EUR 2, KWD 3). Floats appear only in `approximateRate`, for search windows and
 * log-space clustering, never to decide. See docs/matching.md ("Currency paths").
 */
import { currencyExponent } from "@/domain/money";

/** `to minor = from minor × num / den`, num and den positive. */
export type MinorRate = { num: bigint; den: bigint };

/** The identity rate: comparing amounts in one currency. */
export const SAME_CURRENCY: MinorRate = { num: 1n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The same ratio with num and den coprime: keeps crossed rates small. */
export function reduceRate(rate: MinorRate): MinorRate {
  const g = gcd(rate.num, rate.den);
  return g <= 1n ? rate : { num: rate.num / g, den: rate.den / g };
}

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
  return reduceRate({ num: rate.num * 10n ** BigInt(toExp), den: rate.den * 10n ** BigInt(fromExp) });
}

/** The minor-unit rate back in major units (for showing "1 THB = 0.2017 CNY"). */
export function toMajorRate(rate: MinorRate, from: string, to: string): MinorRate | null {
  const fromExp = currencyExponent(from);
  const toExp = currencyExponent(to);
  if (fromExp === null || toExp === null) return null;
  return reduceRate({ num: rate.num * 10n ** BigInt(fromExp), den: rate.den * 10n ** BigInt(toExp) });
}

/** The rate two amounts prove: `fromMinor` of one currency became `toMinor` of another. */
export function rateFromAmounts(fromMinor: number, toMinor: number): MinorRate | null {
  if (!Number.isSafeInteger(fromMinor) || !Number.isSafeInteger(toMinor) || fromMinor === 0 || toMinor === 0) return null;
  return reduceRate({ num: BigInt(Math.abs(toMinor)), den: BigInt(Math.abs(fromMinor)) });
}

export function invertRate(rate: MinorRate): MinorRate {
  return { num: rate.den, den: rate.num };
}

/** `a` then `b`: from → via → to (crossing through the euro or a peg's anchor). */
export function chainRates(a: MinorRate, b: MinorRate): MinorRate {
  return reduceRate({ num: a.num * b.num, den: a.den * b.den });
}

/** −1, 0, 1 as a compares with b. */
export function compareRates(a: MinorRate, b: MinorRate): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A float view of the ratio: only for search windows and clustering, never for a decision. */
export function approximateRate(rate: MinorRate): number {
  return Number(rate.num) / Number(rate.den);
}

/**
 * A ratio as a decimal string with `digits` significant digits (rounded half up), for showing a
 * rate's provenance: 0.20173… → "0.2017". Exact: the digits are computed on integers.
 */
export function formatRate(rate: MinorRate, digits = 6): string {
  if (rate.num <= 0n || rate.den <= 0n) return "0";
  // value × 10^scale, as an integer ratio, must land in [10^(digits−1), 10^digits).
  const scaled = (scale: number) =>
    scale >= 0 ? { num: rate.num * 10n ** BigInt(scale), den: rate.den } : { num: rate.num, den: rate.den * 10n ** BigInt(-scale) };
  const low = 10n ** BigInt(digits - 1);
  let scale = 0;
  while (scaled(scale).num / scaled(scale).den < low) scale += 1;
  while (scaled(scale).num / scaled(scale).den >= low * 10n) scale -= 1;
  const { num, den } = scaled(scale);
  const rounded = (num * 2n + den) / (den * 2n);
  if (scale <= 0) return (rounded * 10n ** BigInt(-scale)).toString();
  const text = rounded.toString().padStart(scale + 1, "0");
  const fraction = text.slice(text.length - scale).replace(/0+$/, "");
  return fraction ? `${text.slice(0, text.length - scale)}.${fraction}` : text.slice(0, text.length - scale);
}
