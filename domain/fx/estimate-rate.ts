/**
 * Estimates a trip's effective exchange rate from the data itself, for a currency pair nothing
 * else covers (a card that bills only the home amount, no reference rates passed in). Every
 * candidate (slip, record) pair — one card, the record dated within the slip's window, billed in
 * the other currency — votes for the rate billed ÷ slip amount. The right pairs all vote for
 * nearly the same rate (the network's rate of the day with this card's markup and foreign fee
 * on top, drifting a little during a trip); wrong pairs scatter over orders of magnitude, since
 * unrelated purchases have unrelated amounts. So the densest window of rates — counted in
 * distinct slips, not votes — is the rate:
 *  1. votes are split into trips where the slips' days leave a gap of more than 21 days;
 *  2. per trip, a window 3 % wide (log scale) slides over the sorted votes; the few windows with
 *     most distinct slips are kept (cheap: no merchant comparison yet);
 *  3. each is re-centred on its median, then on the median of its confirmed votes (`confirm`: the
 *     caller's merchant and card test, asked only for votes there), so noise at a window's edge
 *     does not pull it; the cluster with most confirmed slips wins — when it has at least two, and
 *     clearly more than any other cluster (otherwise the data cannot tell: "ambiguous");
 *  4. the rate is the median supported vote in that window, an exact ratio.
 * A trip with fewer than two supported slips gets no rate ("too few"): the data cannot support
 * one, and the caller says so. Linear in the number of votes after one sort per trip.
 * See docs/matching.md ("Estimating the trip's rate").
 */
import { compareRates, rateFromAmounts } from "./exact-rate";
import type { EstimateSegment } from "./rate-chain";

/**
 * One (slip, record) pair's vote: the rate is toMinor ÷ fromMinor (minor units). Kept as the two
 * amounts: a busy traveller's pairs make a million votes, and only the winner's median needs the
 * exact ratio.
 */
export type RateVote = { voter: number; day: number; fromMinor: number; toMinor: number; /** opaque for the caller's `confirm` */ ref: number };

export type EstimateOutcome = "estimated" | "tooFew" | "ambiguous";
export type EstimateFinding = { firstDay: number; lastDay: number; outcome: EstimateOutcome; support: number; runnerUp: number; voters: number };
export type EstimateResult = { segments: EstimateSegment[]; findings: EstimateFinding[] };

const TRIP_GAP_DAYS = 21;
const WINDOW_LOG = Math.log(1.03);
const CANDIDATE_WINDOWS = 4;
const MIN_SUPPORT = 2;

/** A vote with its log rate, on the vote itself: a busy traveller makes a million of them. */
type Scored = RateVote & { log: number };
type Window = { from: number; to: number; voters: number };

function splitTrips(votes: readonly RateVote[]): RateVote[][] {
  const sorted = [...votes].sort((a, b) => a.day - b.day || a.voter - b.voter || a.ref - b.ref);
  const trips: RateVote[][] = [];
  let current: RateVote[] = [];
  for (const vote of sorted) {
    const last = current.at(-1);
    if (last && vote.day - last.day > TRIP_GAP_DAYS) {
      trips.push(current);
      current = [];
    }
    current.push(vote);
  }
  if (current.length > 0) trips.push(current);
  return trips;
}

/** Windows (index ranges over `scored`, sorted by log rate) with most distinct voters, best first, not overlapping. */
function findDenseWindows(scored: readonly Scored[]): Window[] {
  const counts = new Map<number, number>();
  const windows: Window[] = [];
  let distinct = 0;
  let left = 0;
  for (let right = 0; right < scored.length; right += 1) {
    const v = scored[right]!.voter;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.get(v) === 1) distinct += 1;
    while (scored[right]!.log - scored[left]!.log > WINDOW_LOG) {
      const u = scored[left]!.voter;
      const c = counts.get(u)! - 1;
      counts.set(u, c);
      if (c === 0) distinct -= 1;
      left += 1;
    }
    windows.push({ from: left, to: right, voters: distinct });
  }
  windows.sort((a, b) => b.voters - a.voters || a.from - b.from);
  const kept: Window[] = [];
  for (const w of windows) {
    if (kept.length >= CANDIDATE_WINDOWS) break;
    if (kept.some((k) => w.from <= k.to && w.to >= k.from)) continue;
    kept.push(w);
  }
  return kept;
}

/** Votes within half a window of `center` (log scale): `scored` is sorted by log rate. */
function collectAround(scored: readonly Scored[], center: number): Scored[] {
  const half = WINDOW_LOG / 2;
  let lo = 0;
  let hi = scored.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scored[mid]!.log < center - half) lo = mid + 1;
    else hi = mid;
  }
  const out: Scored[] = [];
  for (let i = lo; i < scored.length && scored[i]!.log <= center + half; i += 1) out.push(scored[i]!);
  return out;
}

const medianLog = (list: readonly Scored[]) => list[Math.floor((list.length - 1) / 2)]!.log;

function estimateTrip(trip: RateVote[], confirm: (vote: RateVote) => boolean): { segment: EstimateSegment | null; finding: EstimateFinding } {
  const scored = trip as Scored[];
  for (const vote of scored) vote.log = Math.log(vote.toMinor / vote.fromMinor);
  scored.sort((a, b) => a.log - b.log || a.voter - b.voter || a.ref - b.ref);
  const firstDay = trip[0]!.day;
  const lastDay = trip.at(-1)!.day;
  const voters = new Set(trip.map((v) => v.voter)).size;
  const confirmed = new Map<number, boolean>();
  // Per (slip, record): one record may be right for one slip and wrong for another.
  const isConfirmed = (s: Scored) => {
    const key = s.voter * 4_294_967_296 + s.ref;
    let ok = confirmed.get(key);
    if (ok === undefined) confirmed.set(key, (ok = confirm(s)));
    return ok;
  };
  // A dense window may lean on noise at its edge: re-centre it on its median, then on the median
  // of its confirmed votes, so the cluster is measured where the right pairs are.
  const windows = findDenseWindows(scored).map((w) => {
    let supported = collectAround(scored, medianLog(scored.slice(w.from, w.to + 1))).filter(isConfirmed);
    if (supported.length > 0) supported = collectAround(scored, medianLog(supported)).filter(isConfirmed);
    return { ...w, supported, support: new Set(supported.map((s) => s.voter)).size, center: supported.length > 0 ? medianLog(supported) : 0 };
  });
  windows.sort((a, b) => b.support - a.support || b.voters - a.voters || a.from - b.from);
  const best = windows[0];
  // Two windows that re-centred onto one cluster are one cluster, not a rival.
  const rival = windows.slice(1).find((w) => !best || Math.abs(w.center - best.center) > WINDOW_LOG);
  const runnerUp = rival?.support ?? 0;
  const base = { firstDay, lastDay, voters, runnerUp };
  if (!best || best.support < MIN_SUPPORT) return { segment: null, finding: { ...base, outcome: "tooFew", support: best?.support ?? 0 } };
  // Clearly dominant: twice the runner-up, or ahead by two slips.
  if (best.support < 2 * runnerUp && best.support - runnerUp < 2) return { segment: null, finding: { ...base, outcome: "ambiguous", support: best.support } };
  const rates = best.supported.flatMap((s) => {
    const rate = rateFromAmounts(s.fromMinor, s.toMinor);
    return rate ? [{ ...s, rate }] : [];
  }).sort((a, b) => compareRates(a.rate, b.rate) || a.voter - b.voter);
  const median = rates[Math.floor((rates.length - 1) / 2)];
  if (!median) return { segment: null, finding: { ...base, outcome: "tooFew", support: 0 } };
  return {
    segment: { firstDay, lastDay, rate: median.rate, basis: best.support, day: median.day },
    finding: { ...base, outcome: "estimated", support: best.support },
  };
}

/**
 * Votes of one currency pair → one estimated rate per trip that the data supports. `confirm`
 * says whether a vote's pair is plausible beyond its amount (merchant similar, same card); it is
 * called only for votes inside the densest windows.
 */
export function estimateTripRates(votes: readonly RateVote[], confirm: (vote: RateVote) => boolean): EstimateResult {
  const segments: EstimateSegment[] = [];
  const findings: EstimateFinding[] = [];
  for (const trip of splitTrips(votes)) {
    const { segment, finding } = estimateTrip(trip, confirm);
    findings.push(finding);
    if (segment) segments.push(segment);
  }
  return { segments, findings };
}
