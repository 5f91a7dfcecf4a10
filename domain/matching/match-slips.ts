/**
 * `matchSlips`: links each offline slip to the traveller's issuer records — statement rows, bank
 * alerts, feed events — in passes (exact reference → strong → cross-currency → unmatched), so the
 * tracker can say whether a payment was charged once, twice, or not at all. Records are first
 * grouped into charges (a hold and its posting are one charge; a reversal or refund joins the
 * charge it offsets); each charge serves at most one slip; the traveller's confirmed pairs are
 * kept and rejected pairs are never proposed again. Pure and deterministic: the same input in any
 * order gives the same output, and nothing reads the clock. Cost grows about linearly with the
 * number of records (amount × day index). See docs/matching.md.
 */
import { applyDecisions, assignRound, attachExtraCharges, observeMatchedRates } from "./assign-rounds";
import { buildMatches } from "./build-matches";
import { estimateUncoveredRates } from "./estimate-trip-rates";
import { groupCharges } from "./group-charges";
import { linkFeeLines } from "./fee-lines";
import { buildDecisionSets, indexCharges, type MatchState } from "./match-state";
import { createRateBook, observeRate } from "./rate-book";
import { indexRecords, poolRecords } from "./record-pool";
import { prepareSlips } from "./slip-info";
import type { MatchInput, MatchResult } from "./match-types";

export function matchSlips({ slips, records, decisions = [], rates = [] }: MatchInput): MatchResult {
  const pool = poolRecords(records);
  const amounts = indexRecords(pool);
  const { charges, chargeOf, isEcho } = groupCharges(pool, amounts);
  // An alert repeating a statement row is the same posting: its fee line belongs to the row.
  const feeOfPosting = new Map(linkFeeLines(pool, amounts, (p) => isEcho[p.index] === 0).map((link) => [link.posting, link]));
  const book = createRateBook(rates);
  for (const p of pool) {
    const r = p.record;
    if ((p.role === "hold" || p.role === "posting") && r.originalCurrency && p.originalAmount !== null) {
      observeRate(book, r.originalCurrency, r.billedCurrency, p.originalAmount, p.amount, p.day);
    }
  }
  const prepared = prepareSlips(slips);
  const state: MatchState = {
    slips: prepared, pool, charges, chargeOf, owner: new Map(), assigned: new Map(),
    ...buildDecisionSets(decisions, new Set(slips.map((s) => s.id))),
    book, amounts, references: new Map(), billedCurrencies: [], clockOffsets: new Map(), feeOfPosting,
  };
  applyDecisions(state);
  indexCharges(state);
  assignRound(state, false, ["reference", "strong"], true);
  observeMatchedRates(state);
  const rateFindings = estimateUncoveredRates(state);
  assignRound(state, true, ["reference", "strong", "crossCurrency"]);
  attachExtraCharges(state);
  const { matches, charges: slipCharges, used, feeLines } = buildMatches(state);
  const matchedSlips = new Set(matches.map((m) => m.slipId));
  return {
    matches,
    charges: slipCharges,
    unmatchedSlips: slips.map((s) => s.id).filter((id) => !matchedSlips.has(id)).sort(),
    unusedRecords: pool.filter((p) => !used.has(p.index)).map((p) => p.record.id).sort(),
    feeLines,
    rateFindings,
  };
}
