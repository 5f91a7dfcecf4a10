/**
 * A stricter card-number test for identifiers printed on slips (MID, TID, AID, RRN, …). Those
 * fields legitimately hold long digit strings: a Chinese UnionPay merchant ID is 15 digits
 * ("898…"), and one in ten such numbers passes Luhn by chance, so the general guard would refuse
 * real slips. Here a digit run counts as a card number only when it also has a length and prefix
 * that a card scheme issues (Visa 4… in 13/16/19 digits, Amex 34/37 in 15, …). Free-text fields
 * keep the general guard. See docs/card-data.md.
 */
import { isLuhnValid } from "../cards/card-number-guard";

type IssuerRange = readonly [low: string, high: string, lengths: readonly number[]];

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19];
const ISSUER_RANGES: readonly IssuerRange[] = [
  ["4", "4", [13, 16, 19]], // Visa
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

function isIssuedLayout(digits: string): boolean {
  return ISSUER_RANGES.some(([low, high, lengths]) => {
    const prefix = digits.slice(0, low.length);
    return lengths.includes(digits.length) && prefix >= low && prefix <= high;
  });
}

/** True when `code` (already ASCII, spaces removed) holds a digit run that a card scheme could have issued. */
export function containsIssuedCardNumber(code: string): boolean {
  // As in the general guard, a run longer than 19 digits is a reference number, not a card.
  return (code.match(/\d+/g) ?? []).some(
    (run) => run.length >= 13 && run.length <= 19 && isLuhnValid(run) && isIssuedLayout(run),
  );
}
