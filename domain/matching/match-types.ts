/**
 * The shapes matching reads and returns. Inputs are deliberately narrow (`MatchSlip` is the slip
 * fields matching needs plus an id; `MatchRecord` is the normalised issuer record plus an id) so
 * the app can map database rows onto them; nullable columns may arrive as `null` or be absent.
 * Outputs are data plus reasons: every proposed link carries its score parts and message keys
 * (relative to the "tracking" namespace), never user text. See docs/matching.md.
 */
import type { RateProvenance, ReferenceQuote } from "@/domain/fx";
import type { IssuerRecord } from "@/domain/issuer-records";

export type MatchSlip = {
  id: string;
  merchantName: string;
  city?: string | null;
  /** ISO 3166 alpha-2, as the slip form stores it. */
  country?: string | null;
  /** Local wall clock "YYYY-MM-DDTHH:mm" where the slip was printed: never converted to UTC. */
  localDateTime: string;
  amountMinor: number;
  currency: string;
  cardLast4?: string | null;
  approvalCode?: string | null;
  rrn?: string | null;
  dccHomeAmountMinor?: number | null;
  dccHomeCurrency?: string | null;
};

/**
 * `droppedOn`: a statement row never booked (no posting date, or pending) that a later export of
 * the same account, covering its date, no longer lists — the hold was released that day (set at
 * import, server/issuer-records/store-records.ts; docs/matching.md "Overlapping exports").
 */
export type MatchRecord = IssuerRecord & { id: string; droppedOn?: string | null };

export type MatchDecision = { slipId: string; recordId: string; decision: "confirmed" | "rejected" };

/**
 * 1 `base` = `rate` `quote` (major units), e.g. { base: "THB", quote: "CNY", rate: "0.1963" }, or
 * the ECB's { base: "EUR", quote: "THB", rate: "36.602", source: "ecb" } (parseEcbReferenceRates).
 */
export type RateQuote = ReferenceQuote;

export type PassName = "reference" | "strong" | "crossCurrency" | "linked" | "confirmed";
/**
 * How the two amounts were compared: same currency; the record's own original amount; the slip's
 * DCC home amount; or a rate from the chain — own records (impliedFx), reference rates
 * (rateTable), a currency peg (peg), the trip's estimated rate (estimatedFx).
 */
export type CurrencyPath = "same" | "recordFx" | "impliedFx" | "rateTable" | "dcc" | "peg" | "estimatedFx";
export type ReferenceKind = "approvalCode" | "rrn" | "issuerTransactionId";
/** "fee": a foreign-fee line under the charge's posting (fee-lines.ts) — shown with it, never a charge. */
export type ChargeRole = "hold" | "posting" | "reversal" | "refund" | "fee";

/** A message key under "tracking" plus the values its text interpolates. */
export type Reason = { key: string; params?: Record<string, string | number> };

export type ScoreParts = {
  /** Which printed reference equals the record's, or null. */
  reference: ReferenceKind | null;
  /** 0..1: 1 for an exact amount, 0.5..1 within an FX tolerance, 0 when amounts cannot be compared. */
  amount: number;
  /** |record − expected| / expected in basis points; null when no currency path compares them. */
  amountDeviationBp: number | null;
  /** Record transaction date minus slip local date, in calendar days. */
  dateDistanceDays: number;
  merchantSimilarity: number;
  /** "different" only ever appears on a displayed member; a different card never matches. */
  card: "same" | "unknown" | "different";
  currencyPath: CurrencyPath;
  /** Where the rate came from, for the rate paths (impliedFx, rateTable, peg, estimatedFx); null otherwise. */
  rate: RateProvenance | null;
  total: number;
};

export type ProposedMatch = {
  slipId: string;
  recordId: string;
  /** Records of one charge (hold, its posting, their reversal or refund) share this id. */
  chargeId: string;
  role: ChargeRole;
  pass: PassName;
  decision: "proposed" | "confirmed";
  /** Null for confirmed pairs (the traveller decided, the engine does not re-score) and for fee lines (no amount of their own to score). */
  score: ScoreParts | null;
  reasons: Reason[];
};

/**
 * One charge as record ids: what the app stores next to the matches. `feeIds`: the foreign-fee
 * lines booked for its posting — shown under the slip, never a charge of their own. `echoIds`:
 * the same posting again in an alert or feed ("入账", "has been posted") — evidence, not a charge.
 */
export type ChargeIds = { id: string; holdId?: string; postingId?: string; creditIds: string[]; feeIds?: string[]; echoIds?: string[] };

/** One charge with its records: what status and timeline read (status never counts `fees`). */
export type Charge = { id: string; hold?: MatchRecord; posting?: MatchRecord; credits: MatchRecord[]; fees?: MatchRecord[]; echoes?: MatchRecord[] };

/** A fee line under a slip: the fee record, the posting it belongs to, its share of it, and why. */
export type FeeLine = {
  slipId: string; chargeId: string; recordId: string; postingId: string;
  amountMinor: number; currency: string;
  /** The fee as a percentage of the posting, two decimals ("3.00"). */
  sharePercent: string;
  reasons: Reason[];
};

export type MatchInput = {
  slips: readonly MatchSlip[];
  records: readonly MatchRecord[];
  decisions?: readonly MatchDecision[];
  rates?: readonly RateQuote[];
  /** "YYYY-MM-DD"; kept for the contract (status uses it). Matching itself never reads the clock. */
  today: string;
};

/**
 * What one trip's data said about a currency pair no other source covered: "estimated" (with the
 * rate, 1 `from` = `rate` `to`), "tooFew" (fewer than two slips with a plausible record — the data
 * cannot support a rate) or "ambiguous" (two clusters of rates, neither dominant). Matching then
 * compares that pair only where a rate exists; the UI can say why a slip found nothing.
 */
export type RateFinding = {
  from: string; to: string; firstDate: string; lastDate: string;
  outcome: "estimated" | "tooFew" | "ambiguous";
  /** Distinct slips with a plausible record in the winning cluster, and in the next one. */
  support: number; runnerUp: number;
  /** Slips that voted at all. */
  slips: number;
  rate?: string;
  /** `fx.estimate.<outcome>` with its parameters, for the UI. */
  reason: Reason;
};

export type MatchResult = {
  matches: ProposedMatch[];
  /** Per slip (sorted by slip id), the charges its matches form. */
  charges: { slipId: string; charges: ChargeIds[] }[];
  unmatchedSlips: string[];
  unusedRecords: string[];
  /** Foreign-fee lines attached to the slips' postings, sorted by slip then record id. */
  feeLines: FeeLine[];
  /** The trip-rate estimates, per pair and trip, sorted by pair then date. */
  rateFindings: RateFinding[];
};
