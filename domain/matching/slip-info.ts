/**
 * A slip as matching sees it: its local calendar day (the first ten characters of the wall
 * clock — local calendar date: never convert to UTC), its merchant name prepared once, its city
 * and country words, and only the printed references that can identify an issuer record: a
 * 6-character approval code that is not all zeros (offline slips print "Y1"/"Y3" or "000000" in
 * that place) and a 12-character RRN that is not all zeros. See docs/matching.md.
 */
import { readSlipLocalDate, toDayNumber, toWallMinutes } from "@/domain/calendar";
import { listPlaceWords, prepareMerchant, type PreparedMerchant } from "./merchant-words";
import type { MatchSlip } from "./match-types";

export type SlipInfo = {
  index: number;
  slip: MatchSlip;
  day: number;
  wallMinutes: number;
  prepared: PreparedMerchant;
  places: ReadonlySet<string>;
  cardLast4: string | null;
  approvalCode: string | null;
  rrn: string | null;
};

function readCode(value: string | null | undefined, pattern: RegExp): string | null {
  const code = value?.trim().toUpperCase();
  return code && pattern.test(code) && !/^0+$/.test(code) ? code : null;
}

export function prepareSlips(slips: readonly MatchSlip[]): SlipInfo[] {
  return slips.map((slip, index) => {
    const date = readSlipLocalDate(slip.localDateTime);
    return {
      index, slip,
      day: toDayNumber(date),
      wallMinutes: toWallMinutes(date, slip.localDateTime.slice(11, 16) || undefined),
      prepared: prepareMerchant(slip.merchantName),
      places: new Set(listPlaceWords(slip.city, slip.country)),
      cardLast4: slip.cardLast4 && /^\d{4}$/.test(slip.cardLast4) ? slip.cardLast4 : null,
      approvalCode: readCode(slip.approvalCode, /^[A-Z0-9]{6}$/),
      rrn: readCode(slip.rrn, /^[A-Z0-9]{12}$/),
    };
  });
}
