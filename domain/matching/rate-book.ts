/**
 * Where a cross-currency comparison gets its rate when the record does not print one: first the
 * rates implied by the traveller's own data for the same currency pair (records that show both an
 * original and a billed amount, and slips already matched by reference or confirmed), taking the
 * median of the three observations nearest in date, because rates drift during a trip; then the
 * rate table passed in (refreshed by the app when online), nearest `asOf`, either direction.
 * Everything is an exact integer ratio (fx-tolerance.ts). See docs/matching.md.
 */
import { compareRates, invertRate, parseDecimalRate, toMinorRate, type MinorRate } from "./fx-tolerance";
import { toDayNumber } from "./calendar-days";
import type { RateQuote } from "./match-types";

type Observation = { day: number; rate: MinorRate; source: string };
export type FoundRate = { path: "impliedFx" | "rateTable"; rate: MinorRate };

export type RateBook = {
  implied: Map<string, Observation[]>;
  table: Map<string, Observation[]>;
  sorted: boolean;
};

const pairKey = (from: string, to: string) => `${from}>${to}`;

function push(map: Map<string, Observation[]>, key: string, observation: Observation): void {
  const list = map.get(key);
  if (list) list.push(observation);
  else map.set(key, [observation]);
}

function sortObservations(book: RateBook): void {
  if (book.sorted) return;
  const byDay = (a: Observation, b: Observation) => a.day - b.day || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  for (const list of book.implied.values()) list.sort(byDay);
  for (const list of book.table.values()) list.sort(byDay);
  book.sorted = true;
}

export function createRateBook(rates: readonly RateQuote[] = []): RateBook {
  const book: RateBook = { implied: new Map(), table: new Map(), sorted: false };
  for (const quote of rates) {
    const decimal = parseDecimalRate(quote.rate);
    const base = quote.base.toUpperCase();
    const quoted = quote.quote.toUpperCase();
    const rate = decimal && toMinorRate(decimal, base, quoted);
    if (!rate || base === quoted || !/^\d{4}-\d{2}-\d{2}/.test(quote.asOf)) continue;
    const day = toDayNumber(quote.asOf);
    const source = `${quote.asOf}|${quote.rate}`;
    push(book.table, pairKey(base, quoted), { day, rate, source });
    push(book.table, pairKey(quoted, base), { day, rate: invertRate(rate), source });
  }
  return book;
}

/** One observation that `fromMinor` of `from` became `toMinor` of `to` on `day` (signs ignored). */
export function observeRate(book: RateBook, from: string, to: string, fromMinor: number, toMinor: number, day: number, source: string): void {
  if (from === to || fromMinor === 0 || toMinor === 0) return;
  const rate = { num: BigInt(Math.abs(toMinor)), den: BigInt(Math.abs(fromMinor)) };
  push(book.implied, pairKey(from, to), { day, rate, source });
  push(book.implied, pairKey(to, from), { day, rate: invertRate(rate), source });
  book.sorted = false;
}

/** Index of the first observation on or after `day`. */
function lowerBound(list: Observation[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `count` observations nearest to `day` (ties: the earlier one), walking outward. */
function pickNearest(list: Observation[], day: number, count: number): Observation[] {
  let right = lowerBound(list, day);
  let left = right - 1;
  const picked: Observation[] = [];
  while (picked.length < count && (left >= 0 || right < list.length)) {
    const leftGap = left >= 0 ? day - list[left]!.day : Infinity;
    const rightGap = right < list.length ? list[right]!.day - day : Infinity;
    if (leftGap <= rightGap) picked.push(list[left--]!);
    else picked.push(list[right++]!);
  }
  return picked;
}

/** The rate to compare `from` with `to` on `day`: implied by own data first, else the table. */
export function findRate(book: RateBook, from: string, to: string, day: number): FoundRate | null {
  sortObservations(book);
  const implied = book.implied.get(pairKey(from, to));
  if (implied && implied.length > 0) {
    const nearest = pickNearest(implied, day, 3).sort((a, b) => compareRates(a.rate, b.rate));
    return { path: "impliedFx", rate: nearest[Math.floor((nearest.length - 1) / 2)]!.rate };
  }
  const table = book.table.get(pairKey(from, to));
  if (table && table.length > 0) return { path: "rateTable", rate: pickNearest(table, day, 1)[0]!.rate };
  return null;
}
