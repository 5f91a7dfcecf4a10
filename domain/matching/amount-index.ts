/**
 * The index that keeps matching about linear: records bucketed by (currency, calendar day), each
 * bucket sorted by amount, so "records in THB from day d−1 to d+10 between 1 200 and 1 300" costs
 * one binary search per day instead of a scan of every record. A bucket is two parallel number
 * arrays (amounts, record positions) rather than an object per entry: 100 000 records put 200 000
 * entries here, and objects would mostly cost garbage collection. Amounts are absolute minor
 * units (credits are negative in the record; the index does not care about direction). Buckets
 * are sorted by amount then by the caller's tie-break (record id), so the visiting order never
 * depends on input order. One index serves charge grouping and slip matching.
 * See docs/matching.md (complexity).
 */

type Bucket = { amounts: number[]; values: number[] };
/** currency → day number → bucket. Nested maps: no string key is built per probed day. */
export type AmountDayIndex = Map<string, Map<number, Bucket>>;

export function createAmountDayIndex(): AmountDayIndex {
  return new Map();
}

export function addToIndex(index: AmountDayIndex, currency: string, day: number, amount: number, value: number): void {
  let days = index.get(currency);
  if (!days) index.set(currency, (days = new Map()));
  const bucket = days.get(day);
  if (bucket) {
    bucket.amounts.push(Math.abs(amount));
    bucket.values.push(value);
  } else {
    days.set(day, { amounts: [Math.abs(amount)], values: [value] });
  }
}

/** Sorts every bucket once, after the last `addToIndex`; `tieBreak` orders equal amounts. */
export function sealIndex(index: AmountDayIndex, tieBreak: (a: number, b: number) => number): void {
  for (const days of index.values()) {
    for (const bucket of days.values()) {
      if (bucket.amounts.length < 2) continue;
      const order = bucket.amounts.map((_, i) => i);
      order.sort((i, j) => bucket.amounts[i]! - bucket.amounts[j]! || tieBreak(bucket.values[i]!, bucket.values[j]!));
      bucket.amounts = order.map((i) => bucket.amounts[i]!);
      bucket.values = order.map((i) => bucket.values[i]!);
    }
  }
}

function lowerBound(amounts: number[], amount: number): number {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (amounts[mid]! < amount) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` for every entry of `currency` dated `fromDay`…`toDay` with amount in [min, max]. */
export function queryIndex(
  index: AmountDayIndex, currency: string, fromDay: number, toDay: number, min: number, max: number,
  visit: (value: number) => void,
): void {
  const days = index.get(currency);
  if (!days) return;
  for (let day = fromDay; day <= toDay; day += 1) {
    const bucket = days.get(day);
    if (!bucket) continue;
    const { amounts, values } = bucket;
    for (let i = lowerBound(amounts, min); i < amounts.length && amounts[i]! <= max; i += 1) visit(values[i]!);
  }
}

/** As `queryIndex`, stopping as soon as `visit` returns true (a caller's budget is spent). */
export function queryIndexUntil(
  index: AmountDayIndex, currency: string, fromDay: number, toDay: number, min: number, max: number,
  visit: (value: number) => boolean,
): void {
  const days = index.get(currency);
  if (!days) return;
  for (let day = fromDay; day <= toDay; day += 1) {
    const bucket = days.get(day);
    if (!bucket) continue;
    const { amounts, values } = bucket;
    for (let i = lowerBound(amounts, min); i < amounts.length && amounts[i]! <= max; i += 1) if (visit(values[i]!)) return;
  }
}
