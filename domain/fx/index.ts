/**
 * Exchange rates for matching across currencies: exact integer ratios, the rate source chain
 * (own records → pegs → reference rates → the trip's estimated rate) with each rate's provenance,
 * the ECB reference-rate parser and the currency pegs. Pure. See docs/matching.md ("Rate chain").
 */
export {
  SAME_CURRENCY, approximateRate, chainRates, compareRates, formatRate, invertRate, parseDecimalRate, rateFromAmounts, reduceRate,
  toMajorRate, toMinorRate,
} from "./exact-rate";
export type { MinorRate } from "./exact-rate";
export { addEstimates, createRateChain, findChainRate, isPairCovered, observeOwnRate } from "./rate-chain";
export type { EstimateSegment, FoundChainRate, RateChain } from "./rate-chain";
export { estimateTripRates } from "./estimate-rate";
export type { EstimateFinding, EstimateOutcome, EstimateResult, RateVote } from "./estimate-rate";
export { parseEcbReferenceRates } from "./ecb-reference-rates";
export type { EcbParseIssue, EcbParseResult } from "./ecb-reference-rates";
export { PEGS } from "./pegs";
export type { Peg } from "./pegs";
export type { ChainRate, RateProvenance, RateSourceKind, ReferenceQuote } from "./rate-types";
