/**
 * The rate source chain: where a cross-currency comparison gets its rate when the record does not
 * print the slip's amount. Sources, first that covers the pair on the slip's day:
 * (a) own records — the traveller's records that show both amounts, summed per pair and day
 *     (Σ billed / Σ original: volume-weighted, independent of input order), median of the three
 *     days nearest the slip within 45 days (rates drift; last year's trip says nothing);
 * (c) pegs — a currency fixed to another by its central bank (pegs.ts), alone or as one leg;
 * (d) reference rates passed in — a direct quote, or crossed through the euro (the ECB quotes
 *     "1 EUR = x" only), nearest publication within a few days (no quotes on weekends);
 * (e) estimated — the trip's effective rate voted for by its own slips and records
 *     (estimate-rate.ts), used only when nothing above covers the pair.
 * ((b), the slip's own DCC amount, is compared directly by matching.) A pegged currency missing
 * from a source is crossed through its anchor: AED → USD by the peg, then USD → EUR → CNY by the
 * ECB. Every answer carries its provenance. Exact integer ratios throughout; lookups are cached
 * per pair and day and the cache is dropped whenever the chain learns something.
 * See docs/matching.md ("Rate chain").
 */
import { formatDayNumber, toDayNumber } from "@/domain/calendar";
import { approximateRate, chainRates, compareRates, formatRate, invertRate, parseDecimalRate, reduceRate, toMajorRate, toMinorRate, type MinorRate } from "./exact-rate";
import { PEGS, type Peg } from "./pegs";
import type { ChainRate, RateProvenance, RateSourceKind, ReferenceQuote } from "./rate-types";

const OWN_WINDOW_DAYS = 45;
const OWN_NEAREST_DAYS = 3;
const DIRECT_QUOTE_DAYS = 31;
const CROSS_QUOTE_DAYS = 10;
const ESTIMATE_MARGIN_DAYS = 14;
const CROSS_BASES = ["EUR", "USD"] as const;

type DaySums = { from: number; to: number };
type OwnPair = { sums: Map<number, DaySums>; days: number[] | null };
type TableEntry = { day: number; rate: MinorRate; source?: string };
export type EstimateSegment = { firstDay: number; lastDay: number; rate: MinorRate; basis: number; day: number };
type PegLeg = { anchor: string; rate: MinorRate; sinceDay: number; peg: Peg };

/** What a lookup found, plus how far a peg leg lets the market move (added to matching's band). */
export type FoundChainRate = ChainRate & { extraBandBp: number };

export type RateChain = {
  own: Map<string, OwnPair>;
  table: Map<string, TableEntry[]>;
  estimates: Map<string, EstimateSegment[]>;
  pegs: Map<string, PegLeg>;
  cache: Map<string, FoundChainRate | null>;
};

const pairKey = (from: string, to: string) => `${from}>${to}`;

function buildPegs(pegs: readonly Peg[]): Map<string, PegLeg> {
  const legs = new Map<string, PegLeg>();
  for (const peg of pegs) {
    const decimal = parseDecimalRate(peg.rate);
    // Published as units of `currency` per 1 `anchor`: anchor → currency.
    const rate = decimal && toMinorRate(decimal, peg.anchor, peg.currency);
    if (rate) legs.set(peg.currency, { anchor: peg.anchor, rate: invertRate(rate), sinceDay: toDayNumber(peg.since), peg });
  }
  return legs;
}

export function createRateChain(references: readonly ReferenceQuote[] = [], pegs: readonly Peg[] = PEGS): RateChain {
  const chain: RateChain = { own: new Map(), table: new Map(), estimates: new Map(), pegs: buildPegs(pegs), cache: new Map() };
  for (const quote of references) {
    const decimal = parseDecimalRate(quote.rate);
    const base = quote.base.toUpperCase();
    const quoted = quote.quote.toUpperCase();
    const rate = decimal && toMinorRate(decimal, base, quoted);
    if (!rate || base === quoted || !/^\d{4}-\d{2}-\d{2}/.test(quote.asOf)) continue;
    const day = toDayNumber(quote.asOf);
    for (const [key, r] of [[pairKey(base, quoted), rate], [pairKey(quoted, base), invertRate(rate)]] as const) {
      const list = chain.table.get(key) ?? [];
      list.push({ day, rate: r, ...(quote.source ? { source: quote.source } : {}) });
      chain.table.set(key, list);
    }
  }
  for (const list of chain.table.values()) list.sort((a, b) => a.day - b.day || compareRates(a.rate, b.rate));
  return chain;
}

function addSums(chain: RateChain, key: string, day: number, from: number, to: number): void {
  let pair = chain.own.get(key);
  if (!pair) chain.own.set(key, (pair = { sums: new Map(), days: null }));
  const sums = pair.sums.get(day);
  if (sums) {
    sums.from += from;
    sums.to += to;
  } else {
    pair.sums.set(day, { from, to });
    pair.days = null;
  }
}

/** One observation from the traveller's own data: `fromMinor` of `from` became `toMinor` of `to` on `day`. */
export function observeOwnRate(chain: RateChain, from: string, to: string, fromMinor: number, toMinor: number, day: number): void {
  if (from === to || fromMinor === 0 || toMinor === 0) return;
  addSums(chain, pairKey(from, to), day, Math.abs(fromMinor), Math.abs(toMinor));
  addSums(chain, pairKey(to, from), day, Math.abs(toMinor), Math.abs(fromMinor));
  chain.cache.clear();
}

/** The trip estimates for a pair (both directions are stored). */
export function addEstimates(chain: RateChain, from: string, to: string, segments: readonly EstimateSegment[]): void {
  if (segments.length === 0) return;
  const forward = [...(chain.estimates.get(pairKey(from, to)) ?? []), ...segments].sort((a, b) => a.firstDay - b.firstDay);
  chain.estimates.set(pairKey(from, to), forward);
  chain.estimates.set(pairKey(to, from), forward.map((s) => ({ ...s, rate: invertRate(s.rate) })));
  chain.cache.clear();
}

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

type Leg = { rate: MinorRate; kind: RateSourceKind; day: number; basis: number; source?: string };

function findOwn(chain: RateChain, from: string, to: string, day: number): Leg | null {
  const pair = chain.own.get(pairKey(from, to));
  if (!pair || pair.sums.size === 0) return null;
  pair.days ??= [...pair.sums.keys()].sort((a, b) => a - b);
  const days = pair.days;
  const near = pickNearest(days, day, OWN_NEAREST_DAYS).filter((i) => Math.abs(days[i]! - day) <= OWN_WINDOW_DAYS);
  if (near.length === 0) return null;
  const rates = near.map((i) => {
    const sums = pair.sums.get(days[i]!)!;
    return { rate: reduceRate({ num: BigInt(sums.to), den: BigInt(sums.from) }), day: days[i]! };
  });
  rates.sort((a, b) => compareRates(a.rate, b.rate));
  const median = rates[Math.floor((rates.length - 1) / 2)]!;
  return { rate: median.rate, kind: "ownRecords", day: median.day, basis: near.length };
}

function findQuote(chain: RateChain, from: string, to: string, day: number, maxDays: number): Leg | null {
  const table = chain.table.get(pairKey(from, to));
  if (!table || table.length === 0) return null;
  const at = pickNearest(table.map((t) => t.day), day, 1)[0]!;
  const entry = table[at]!;
  if (Math.abs(entry.day - day) > maxDays) return null;
  return { rate: entry.rate, kind: "reference", day: entry.day, basis: 1, ...(entry.source ? { source: entry.source } : {}) };
}

function findReference(chain: RateChain, from: string, to: string, day: number): (Leg & { via: string[] }) | null {
  const direct = findQuote(chain, from, to, day, DIRECT_QUOTE_DAYS);
  if (direct) return { ...direct, via: [] };
  for (const base of CROSS_BASES) {
    if (base === from || base === to) continue;
    const first = findQuote(chain, from, base, day, CROSS_QUOTE_DAYS);
    const second = first && findQuote(chain, base, to, day, CROSS_QUOTE_DAYS);
    if (first && second) {
      const nearer = Math.abs(first.day - day) >= Math.abs(second.day - day) ? first : second;
      return { rate: chainRates(first.rate, second.rate), kind: "reference", day: nearer.day, basis: 1, via: [base], ...(first.source ? { source: first.source } : {}) };
    }
  }
  return null;
}

function findEstimate(chain: RateChain, from: string, to: string, day: number): Leg | null {
  const segments = chain.estimates.get(pairKey(from, to));
  if (!segments) return null;
  let best: EstimateSegment | null = null;
  let bestGap = Infinity;
  for (const s of segments) {
    const gap = day < s.firstDay ? s.firstDay - day : day > s.lastDay ? day - s.lastDay : 0;
    if (gap <= ESTIMATE_MARGIN_DAYS && gap < bestGap) [best, bestGap] = [s, gap];
  }
  return best ? { rate: best.rate, kind: "estimated", day: best.day, basis: best.basis } : null;
}

/** One source for a pair with no peg leg: own records, then reference rates, then an estimate. */
function findDirect(chain: RateChain, from: string, to: string, day: number): (Leg & { via: string[] }) | null {
  const own = findOwn(chain, from, to, day);
  if (own) return { ...own, via: [] };
  return findReference(chain, from, to, day);
}

function pegLeg(chain: RateChain, currency: string, day: number): PegLeg | null {
  const leg = chain.pegs.get(currency);
  return leg && day >= leg.sinceDay ? leg : null;
}

type Found = { rate: MinorRate; kind: RateSourceKind; day: number; basis: number; via: string[]; source?: string; extraBandBp: number };

const authorityOf = (leg: PegLeg) => leg.peg.authority.split(" (")[0]!;

/** Pegs alone: one currency pegged to the other, or both to one anchor. */
function findPegOnly(chain: RateChain, from: string, to: string, day: number): Found | null {
  const fromPeg = pegLeg(chain, from, day);
  const toPeg = pegLeg(chain, to, day);
  const make = (rate: MinorRate, via: string[], legs: PegLeg[]): Found => ({
    rate, kind: "peg", day, basis: 1, via, source: legs.map(authorityOf).join(" + "), extraBandBp: legs.reduce((s, l) => s + l.peg.bandBp, 0),
  });
  if (fromPeg && fromPeg.anchor === to) return make(fromPeg.rate, [], [fromPeg]);
  if (toPeg && toPeg.anchor === from) return make(invertRate(toPeg.rate), [], [toPeg]);
  if (fromPeg && toPeg && fromPeg.anchor === toPeg.anchor) return make(chainRates(fromPeg.rate, invertRate(toPeg.rate)), [fromPeg.anchor], [fromPeg, toPeg]);
  // Two pegs in a row: MOP → HKD → USD.
  const anchorPeg = fromPeg && pegLeg(chain, fromPeg.anchor, day);
  if (fromPeg && anchorPeg && anchorPeg.anchor === to) return make(chainRates(fromPeg.rate, anchorPeg.rate), [fromPeg.anchor], [fromPeg, anchorPeg]);
  return null;
}

/** A peg leg on either side crossed with another source (own records, reference rates or, last, an estimate). */
function findPegCross(chain: RateChain, from: string, to: string, day: number, useEstimate: boolean): Found | null {
  const other = (a: string, b: string): Found | null => {
    const pegged = findPegOnly(chain, a, b, day);
    if (pegged) return pegged;
    const leg = useEstimate ? withVia(findEstimate(chain, a, b, day)) : findDirect(chain, a, b, day);
    return leg ? { ...leg, extraBandBp: 0 } : null;
  };
  const fromPeg = pegLeg(chain, from, day);
  if (fromPeg && fromPeg.anchor !== to) {
    const rest = other(fromPeg.anchor, to);
    if (rest) return { ...rest, rate: chainRates(fromPeg.rate, rest.rate), via: [fromPeg.anchor, ...rest.via], extraBandBp: fromPeg.peg.bandBp + rest.extraBandBp };
  }
  const toPeg = pegLeg(chain, to, day);
  if (toPeg && toPeg.anchor !== from) {
    const rest = other(from, toPeg.anchor);
    if (rest) return { ...rest, rate: chainRates(rest.rate, invertRate(toPeg.rate)), via: [...rest.via, toPeg.anchor], extraBandBp: toPeg.peg.bandBp + rest.extraBandBp };
  }
  return null;
}

function withVia(leg: Leg | null): (Leg & { via: string[] }) | null {
  return leg ? { ...leg, via: [] } : null;
}

function describe(found: Found, from: string, to: string): RateProvenance {
  const major = toMajorRate(found.rate, from, to);
  return {
    kind: found.kind, from, to, rate: major ? formatRate(major) : String(approximateRate(found.rate)),
    asOf: formatDayNumber(found.day), via: found.via, basis: found.basis, ...(found.source ? { source: found.source } : {}),
  };
}

/**
 * The rate to compare `from` (the slip's currency) with `to` (the record's billed currency) on
 * `day`, and where it came from; null when nothing covers the pair — matching then says so.
 */
export function findChainRate(chain: RateChain, from: string, to: string, day: number): FoundChainRate | null {
  if (from === to) return null;
  const key = `${from}>${to}@${day}`;
  const cached = chain.cache.get(key);
  if (cached !== undefined) return cached;
  const own = findOwn(chain, from, to, day);
  const asFound = (leg: (Leg & { via?: string[] }) | null): Found | null => (leg ? { via: [], ...leg, extraBandBp: 0 } : null);
  const found: Found | null =
    asFound(own) ?? findPegOnly(chain, from, to, day) ?? asFound(findReference(chain, from, to, day)) ??
    findPegCross(chain, from, to, day, false) ?? asFound(findEstimate(chain, from, to, day)) ?? findPegCross(chain, from, to, day, true);
  const result = found ? { rate: found.rate, kind: found.kind, provenance: describe(found, from, to), extraBandBp: found.extraBandBp } : null;
  chain.cache.set(key, result);
  return result;
}

/** True when a source other than an estimate covers the pair on `day` (estimation is then not needed). */
export function isPairCovered(chain: RateChain, from: string, to: string, day: number): boolean {
  const found = findChainRate(chain, from, to, day);
  return found !== null && found.kind !== "estimated";
}
