/**
 * The index that keeps matching about linear: entries bucketed by (currency, calendar day), each
 * bucket sorted by amount, so "records in THB from day d−1 to d+10 between 1 200 and 1 300" costs
 * one binary search per day instead of a scan of every record. Amounts are absolute minor units
 * (credits are negative in the record; the index does not care about direction). Buckets are
 * sorted by amount then key, so the visiting order never depends on input order.
 * See docs/matching.md (complexity).
 */

export type IndexEntry<T> = { amount: number; key: string; value: T };
/** currency → day number → entries sorted by amount. Nested maps: no string key per probed day. */
export type AmountDayIndex<T> = Map<string, Map<number, IndexEntry<T>[]>>;

export function createAmountDayIndex<T>(): AmountDayIndex<T> {
  return new Map();
}

export function addToIndex<T>(index: AmountDayIndex<T>, currency: string, day: number, amount: number, key: string, value: T): void {
  let days = index.get(currency);
  if (!days) index.set(currency, (days = new Map()));
  const entry = { amount: Math.abs(amount), key, value };
  const bucket = days.get(day);
  if (bucket) bucket.push(entry);
  else days.set(day, [entry]);
}

/** Sorts every bucket once, after the last `addToIndex`. */
export function sealIndex<T>(index: AmountDayIndex<T>): void {
  for (const days of index.values()) {
    for (const bucket of days.values()) {
      bucket.sort((a, b) => a.amount - b.amount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
  }
}

function lowerBound<T>(bucket: IndexEntry<T>[], amount: number): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bucket[mid]!.amount < amount) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` for every entry of `currency` dated `fromDay`…`toDay` with amount in [min, max]. */
export function queryIndex<T>(
  index: AmountDayIndex<T>, currency: string, fromDay: number, toDay: number, min: number, max: number,
  visit: (value: T, day: number) => void,
): void {
  const days = index.get(currency);
  if (!days) return;
  for (let day = fromDay; day <= toDay; day += 1) {
    const bucket = days.get(day);
    if (!bucket) continue;
    for (let i = lowerBound(bucket, min); i < bucket.length && bucket[i]!.amount <= max; i += 1) visit(bucket[i]!.value, day);
  }
}
