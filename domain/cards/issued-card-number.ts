/**
 * Is this digit string a number a card scheme could have issued? 13–19 ASCII digits, Luhn-valid,
 * with a prefix and length of a real IIN range: the ranges of credit-card-type (Braintree's
 * well-kept table — Visa, Mastercard, Amex, Diners, Discover, JCB, UnionPay, Maestro, Mir, Elo,
 * Troy, Verve, Hiper…), joined with the few this project listed before it (Visa in 13 digits,
 * UATP, the whole Maestro 50/56–69 block): a union, so nothing refused before is accepted now.
 * For identifier fields only (MID, TID, RRN, FITID, references): free text keeps the general guard
 * (card-number-guard.ts), which refuses any Luhn-valid 13–19-digit run. See docs/card-data.md.
 */
import creditCardType from "credit-card-type";
import { isLuhnValid } from "./card-number-guard";

type IssuerRange = readonly [low: string, high: string, lengths: readonly number[]];

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19];
/** Ranges credit-card-type leaves out or narrows; kept so that the test only ever widens. */
const EXTRA_RANGES: readonly IssuerRange[] = [
  ["4", "4", [13, 16, 19]], // Visa (13 digits: old cards)
  ["51", "55", [16]], ["2221", "2720", [16]], // Mastercard
  ["34", "34", [15]], ["37", "37", [15]], // American Express
  ["36", "36", [14, ...SIXTEEN_TO_NINETEEN]], ["300", "305", [14, ...SIXTEEN_TO_NINETEEN]], // Diners
  ["3095", "3095", SIXTEEN_TO_NINETEEN], ["38", "39", SIXTEEN_TO_NINETEEN], // Diners
  ["3528", "3589", SIXTEEN_TO_NINETEEN], // JCB
  ["6011", "6011", SIXTEEN_TO_NINETEEN], ["644", "649", SIXTEEN_TO_NINETEEN], ["65", "65", SIXTEEN_TO_NINETEEN], // Discover
  ["62", "62", SIXTEEN_TO_NINETEEN], ["81", "81", SIXTEEN_TO_NINETEEN], // UnionPay
  ["2200", "2204", SIXTEEN_TO_NINETEEN], // Mir
  ["50", "50", [13, 14, 15, ...SIXTEEN_TO_NINETEEN]], ["56", "69", [13, 14, 15, ...SIXTEEN_TO_NINETEEN]], // Maestro
  ["1", "1", [15]], // UATP
];

function inExtraRange(digits: string): boolean {
  return EXTRA_RANGES.some(([low, high, lengths]) => {
    const prefix = digits.slice(0, low.length);
    return lengths.includes(digits.length) && prefix >= low && prefix <= high;
  });
}

type LibraryRange = { low: number; high: number; width: number; lengths: readonly number[] };

/**
 * credit-card-type's table, read once. Not `creditCardType(number)`: that returns only the most
 * specific brand for a prefix (Elo's 401179 hides Visa's 4), and its length may not fit while
 * the broader brand's does.
 */
const LIBRARY_RANGES: readonly LibraryRange[] = Object.values(creditCardType.types).flatMap((name) => {
  const info = creditCardType.getTypeInfo(name);
  return info.patterns.map((pattern) => {
    const [low, high] = Array.isArray(pattern) ? pattern : [pattern, pattern];
    return { low: low!, high: high!, width: String(low).length, lengths: info.lengths };
  });
});

function inLibraryRange(digits: string): boolean {
  return LIBRARY_RANGES.some((r) => {
    if (!r.lengths.includes(digits.length)) return false;
    const prefix = Number(digits.slice(0, r.width));
    return prefix >= r.low && prefix <= r.high;
  });
}

/** `digits`: ASCII digits only. */
export function isIssuedCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || !/^\d+$/.test(digits) || !isLuhnValid(digits)) return false;
  return inExtraRange(digits) || inLibraryRange(digits);
}
