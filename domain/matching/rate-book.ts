/**
 * Where a cross-currency comparison gets its rate when the record does not print one: first the
 * rates implied by the traveller's own data for the same currency pair (records that show both an
 * original and a billed amount, and slips already matched by reference or confirmed), then the
 * rate table passed in (refreshed by the app when online), nearest `asOf`, either direction.
 * Implied observations are summed per pair and calendar day — Σ billed / Σ original, a volume-
 * weighted rate that does not depend on input order and costs one entry per day, not per record —
 * and a lookup takes the median of the three days nearest the slip, because rates drift during a
 * trip. Everything is an exact integer ratio (fx-tolerance.ts). See docs/matching.md.
 */
import { compareRates, invertRate, parseDecimalRate, toMinorRate, type MinorRate } from "./fx-tolerance";
import { toDayNumber } from "./calendar-days";
import type { RateQuote } from "./match-types";

type DaySums = { from: number; to: number };
type PairDays = { sums: Map<number, DaySums>; days: number[] | null };
type TableEntry = { day: number; rate: MinorRate; source: string };
export type FoundRate = { path: "impliedFx" | "rateTable"; rate: MinorRate };

export type RateBook = { implied: Map<string, PairDays>; table: Map<string, TableEntry[]> };

const pairKey = (from: string, to: string) => `${from}>${to}`;

export function createRateBook(rates: readonly RateQuote[] = []): RateBook {
  const book: RateBook = { implied: new Map(), table: new Map() };
  for (const quote of rates) {
    const decimal = parseDecimalRate(quote.rate);
    const base = quote.base.toUpperCase();
    const quoted = quote.quote.toUpperCase();
    const rate = decimal && toMinorRate(decimal, base, quoted);
    if (!rate || base === quoted || !/^\d{4}-\d{2}-\d{2}/.test(quote.asOf)) continue;
    const day = toDayNumber(quote.asOf);
    const source = `${quote.asOf}|${quote.rate}`;
    for (const [key, r] of [[pairKey(base, quoted), rate], [pairKey(quoted, base), invertRate(rate)]] as const) {
      const list = book.table.get(key) ?? [];
      list.push({ day, rate: r, source });
      book.table.set(key, list);
    }
  }
  for (const list of book.table.values()) list.sort((a, b) => a.day - b.day || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return book;
}

function addSums(book: RateBook, key: string, day: number, from: number, to: number): void {
  let pair = book.implied.get(key);
  if (!pair) book.implied.set(key, (pair = { sums: new Map(), days: null }));
  const sums = pair.sums.get(day);
  if (sums) {
    sums.from += from;
    sums.to += to;
  } else {
    pair.sums.set(day, { from, to });
    pair.days = null;
  }
}

/** One observation that `fromMinor` of `from` became `toMinor` of `to` on `day` (signs ignored). */
export function observeRate(book: RateBook, from: string, to: string, fromMinor: number, toMinor: number, day: number): void {
  if (from === to || fromMinor === 0 || toMinor === 0) return;
  addSums(book, pairKey(from, to), day, Math.abs(fromMinor), Math.abs(toMinor));
  addSums(book, pairKey(to, from), day, Math.abs(toMinor), Math.abs(fromMinor));
}

/** Index of the first entry on or after `day` in a sorted list of days. */
function lowerBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions of the `count` days nearest to `day` (ties: the earlier one), walking outward. */
function pickNearest(days: readonly number[], day: number, count: number): number[] {
  let right = lowerBound(days, day);
  let left = right - 1;
  const picked: number[] = [];
  while (picked.length < count && (left >= 0 || right < days.length)) {
    const leftGap = left >= 0 ? day - days[left]! : Infinity;
    const rightGap = right < days.length ? days[right]! - day : Infinity;
    picked.push(leftGap <= rightGap ? left-- : right++);
  }
  return picked;
}

/** The rate to compare `from` with `to` on `day`: implied by own data first, else the table. */
export function findRate(book: RateBook, from: string, to: string, day: number): FoundRate | null {
  const pair = book.implied.get(pairKey(from, to));
  if (pair && pair.sums.size > 0) {
    pair.days ??= [...pair.sums.keys()].sort((a, b) => a - b);
    const days = pair.days;
    const rates = pickNearest(days, day, 3).map((i) => {
      const sums = pair.sums.get(days[i]!)!;
      return { num: BigInt(sums.to), den: BigInt(sums.from) };
    });
    rates.sort(compareRates);
    return { path: "impliedFx", rate: rates[Math.floor((rates.length - 1) / 2)]! };
  }
  const table = book.table.get(pairKey(from, to));
  if (!table || table.length === 0) return null;
  const nearest = pickNearest(table.map((t) => t.day), day, 1)[0]!;
  return { path: "rateTable", rate: table[nearest]!.rate };
}
