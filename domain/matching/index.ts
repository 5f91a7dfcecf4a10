/**
 * Matching: links offline slips to the traveller's issuer records in passes, groups records into
 * charges, and explains every link with its score parts and reasons. See docs/matching.md.
 */
export { matchSlips } from "./match-slips";
export { recordsById, resolveCharges } from "./resolve-charges";
export { compareMerchantNames, SIMILAR_MERCHANT } from "./merchant-similarity";
export type { MerchantComparison, MerchantContext, MerchantScore, MerchantVerdict } from "./merchant-similarity";
export { MATCH_MESSAGE_KEYS } from "./match-message-keys";
export { addDays, countDaysBetween, readSlipLocalDate, toDayNumber } from "@/domain/calendar";
export type {
  Charge, ChargeIds, ChargeRole, CurrencyPath, MatchDecision, MatchInput, MatchRecord, MatchResult, MatchSlip, PassName,
  FeeLine, ProposedMatch, RateFinding, RateQuote, Reason, ReferenceKind, ScoreParts,
} from "./match-types";
