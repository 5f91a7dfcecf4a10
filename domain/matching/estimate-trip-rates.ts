/**
 * Feeds the trip-rate estimation (domain/fx/estimate-rate.ts) from the matching state, for every
 * currency pair (slip currency → billed currency) that no other source covers on a slip's day:
 * after round A, each slip (not DCC: a DCC rate is the merchant's, not the network's) votes
 * with every unowned hold or posting billed in the other currency, on the same card (or one
 * side unknown), dated from the day before the slip to 10 days after, that does not print an
 * amount in the slip's currency. A vote is confirmed only when the merchant names are similar —
 * or unknown (another script) on the same card within −1…3 days — and the merchant is compared
 * only for votes inside the densest windows. Estimates join the rate book as "estimatedFx";
 * every trip's outcome, supported or not, is kept for the result (what the data could and could
 * not support). Bounded: at most 256 votes per slip and pair. See docs/matching.md.
 */
import { addEstimates, estimateTripRates, formatRate, isPairCovered, toMajorRate, type RateVote } from "@/domain/fx";
import { formatDayNumber } from "@/domain/calendar";
import { queryIndex } from "./amount-index";
import { comparePreparedMerchants, SIMILAR_MERCHANT } from "./merchant-similarity";
import { getPlaceWords, getPreparedMerchant } from "./record-pool";
import type { MatchState } from "./match-state";
import type { RateFinding } from "./match-types";

const FX_DAYS = 10;
const MAX_VOTES_PER_SLIP = 256;

type PairVotes = { from: string; to: string; votes: RateVote[] };

function collectVotes(state: MatchState): Map<string, PairVotes> {
  const pairs = new Map<string, PairVotes>();
  // Slips share days: whether the chain covers a pair on a day is asked once per pair and day.
  const covered = new Map<string, boolean>();
  const isCovered = (from: string, to: string, day: number) => {
    const key = `${from}>${to}@${day}`;
    let known = covered.get(key);
    if (known === undefined) covered.set(key, (known = isPairCovered(state.book, from, to, day)));
    return known;
  };
  for (const slip of state.slips) {
    const s = slip.slip;
    if (s.dccHomeAmountMinor || s.amountMinor <= 0) continue;
    for (const billed of state.billedCurrencies) {
      if (billed === s.currency || isCovered(s.currency, billed, slip.day)) continue;
      const key = `${s.currency}>${billed}`;
      let pair = pairs.get(key);
      let count = 0;
      queryIndex(state.amounts, billed, slip.day - 1, slip.day + FX_DAYS, 1, Number.MAX_SAFE_INTEGER, (at) => {
        if (count >= MAX_VOTES_PER_SLIP) return;
        const p = state.pool[at]!;
        const r = p.record;
        // A record that prints an amount in some currency is that currency's purchase: compared directly, never voted with.
        if ((p.role !== "hold" && p.role !== "posting") || r.billedCurrency !== billed || r.originalCurrency) return;
        if (slip.cardLast4 && r.cardLast4 && slip.cardLast4 !== r.cardLast4) return;
        const charge = state.chargeOf[at]!;
        if (charge === -1 || state.owner.has(charge)) return;
        if (!Number.isSafeInteger(p.amount) || p.amount <= 0) return;
        if (!pair) pairs.set(key, (pair = { from: s.currency, to: billed, votes: [] }));
        pair.votes.push({ voter: slip.index, day: slip.day, fromMinor: s.amountMinor, toMinor: p.amount, ref: at });
        count += 1;
      });
    }
  }
  return pairs;
}

function confirmVote(state: MatchState, vote: RateVote): boolean {
  const slip = state.slips[vote.voter]!;
  const p = state.pool[vote.ref]!;
  const recordPlaces = getPlaceWords(p);
  const places = recordPlaces.length === 0 ? slip.places : new Set([...slip.places, ...recordPlaces]);
  const merchant = comparePreparedMerchants(slip.prepared, getPreparedMerchant(p), places);
  if (!merchant.isUnknown) return merchant.score >= SIMILAR_MERCHANT;
  const d = p.day - slip.day;
  return !!slip.cardLast4 && slip.cardLast4 === p.record.cardLast4 && d >= -1 && d <= 3;
}

/** Estimates every uncovered pair's trip rates into the book; returns what each trip's data supported. */
export function estimateUncoveredRates(state: MatchState): RateFinding[] {
  const findings: RateFinding[] = [];
  const pairs = [...collectVotes(state).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, { from, to, votes }] of pairs) {
    const result = estimateTripRates(votes, (vote) => confirmVote(state, vote));
    addEstimates(state.book, from, to, result.segments);
    for (const f of result.findings) {
      const segment = result.segments.find((s) => s.firstDay === f.firstDay);
      const major = segment && toMajorRate(segment.rate, from, to);
      const rate = major ? formatRate(major) : undefined;
      const firstDate = formatDayNumber(f.firstDay);
      const lastDate = formatDayNumber(f.lastDay);
      const params: Record<string, string | number> = { from, to, firstDate, lastDate, support: f.support, ...(rate ? { rate } : {}) };
      findings.push({
        from, to, firstDate, lastDate, outcome: f.outcome, support: f.support, runnerUp: f.runnerUp, slips: f.voters,
        ...(rate ? { rate } : {}), reason: { key: `fx.estimate.${f.outcome}`, params },
      });
    }
  }
  return findings;
}
