/**
 * Matching's view of the rate source chain (domain/fx/rate-chain.ts): a found rate as the
 * currency path the score parts name, the tolerance band that path allows (fx-tolerance.ts) and
 * the rate's provenance, which the match's reasons show. Own records → "impliedFx", reference
 * rates → "rateTable", pegs → "peg", the trip's estimated rate → "estimatedFx". The book is
 * filled from the records that show both amounts, then from slips matched by reference or
 * confirmed, then with the trip estimates (estimate-trip-rates.ts). See docs/matching.md.
 */
import { createRateChain, findChainRate, observeOwnRate, type RateChain, type RateProvenance, type RateSourceKind } from "@/domain/fx";
import { BANDS, widenBand, type MinorRate, type ToleranceBand } from "./fx-tolerance";
import type { CurrencyPath, RateQuote } from "./match-types";

export type FxPath = Extract<CurrencyPath, "impliedFx" | "rateTable" | "peg" | "estimatedFx">;
export type FoundRate = { path: FxPath; rate: MinorRate; band: ToleranceBand; provenance: RateProvenance };
export type RateBook = RateChain;

const PATH_OF: Readonly<Record<RateSourceKind, FxPath>> = { ownRecords: "impliedFx", reference: "rateTable", peg: "peg", estimated: "estimatedFx" };

export function createRateBook(rates: readonly RateQuote[] = []): RateBook {
  return createRateChain(rates);
}

/** One observation that `fromMinor` of `from` became `toMinor` of `to` on `day` (signs ignored). */
export function observeRate(book: RateBook, from: string, to: string, fromMinor: number, toMinor: number, day: number): void {
  observeOwnRate(book, from, to, fromMinor, toMinor, day);
}

/** The rate to compare `from` with `to` on `day`, its band and provenance; null when nothing covers the pair. */
export function findRate(book: RateBook, from: string, to: string, day: number): FoundRate | null {
  const found = findChainRate(book, from, to, day);
  if (!found) return null;
  const path = PATH_OF[found.kind];
  return { path, rate: found.rate, band: widenBand(BANDS[path], found.extraBandBp), provenance: found.provenance };
}
