/**
 * A stricter card-number test for identifiers printed on slips (MID, TID, AID, RRN, …). Those
 * fields legitimately hold long digit strings: a Chinese UnionPay merchant ID is 15 digits
 * ("898…"), and one in ten such numbers passes Luhn by chance, so the general guard would refuse
 * real slips. Here a digit run counts as a card number only when it also has a length and prefix
 * that a card scheme issues (domain/cards/issued-card-number.ts: credit-card-type's IIN ranges
 * and a few more — Visa 4… in 13/16/19 digits, Amex 34/37 in 15, …). Free-text fields
 * keep the general guard. See docs/card-data.md.
 */
import { isIssuedCardNumber } from "../cards/issued-card-number";

/** True when `code` (already ASCII, spaces removed) holds a digit run that a card scheme could have issued. */
export function containsIssuedCardNumber(code: string): boolean {
  // As in the general guard, a run longer than 19 digits is a reference number, not a card.
  return (code.match(/\d+/g) ?? []).some(
    (run) => isIssuedCardNumber(run),
  );
}
