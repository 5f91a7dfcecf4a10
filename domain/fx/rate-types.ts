/**
 * The shapes of the rate source chain. A rate found for a slip always says where it came from —
 * the traveller's own records, a currency peg, a published reference rate, or an estimate from
 * the trip's own slips and records — so a match can show "at 1 THB = 0.2017 CNY, the rate your
 * statement proved on 3 March" rather than a bare number. See docs/matching.md ("Rate chain").
 */
import type { MinorRate } from "./exact-rate";

/** 1 `base` = `rate` `quote` in major units, e.g. the ECB's { base: "EUR", quote: "THB", rate: "36.602" }. */
export type ReferenceQuote = { base: string; quote: string; rate: string; asOf: string; source?: string };

/**
 * - ownRecords: records that show both amounts (a statement's original amount, OFX CURRATE, camt
 *   CcyXchg, a purpose text with a rate, an SMS with both), and slips matched by reference or
 *   confirmed by the traveller;
 * - peg: a fixed or banded central-bank peg (pegs.ts), crossed with another source when needed;
 * - reference: daily reference rates passed in (the ECB's, crossed through the euro);
 * - estimated: the trip's effective rate voted for by the slips and records themselves.
 * (A slip's own DCC amount is compared directly by matching and never enters the chain.)
 */
export type RateSourceKind = "ownRecords" | "peg" | "reference" | "estimated";

export type RateProvenance = {
  kind: RateSourceKind;
  from: string;
  to: string;
  /** 1 `from` = `rate` `to`, in major units, 6 significant digits: for showing only. */
  rate: string;
  /** The day of the observation, quote or estimate closest to the slip. */
  asOf: string;
  /** Currencies the rate was crossed through, in order ("EUR" for the ECB, "USD" for a dirham peg). */
  via: string[];
  /** How many days of own records, or how many slips voted for an estimate; 1 for a quote or peg. */
  basis: number;
  /** The publisher of a reference rate ("ecb") or the authority of a peg ("CBUAE"); absent for own data. */
  source?: string;
};

export type ChainRate = { rate: MinorRate; kind: RateSourceKind; provenance: RateProvenance };
