/**
 * Money in SlipTrack: an integer count of minor units plus an ISO 4217 code, parsed from what
 * people type and formatted with Intl, never through a float. See docs/money.md.
 */
export { currencyExponent, isCurrencyCode, listCurrencies } from "./currency";
export { parseAmount, MAX_MINOR_UNITS } from "./parse-amount";
export type { ParseAmountFailure, ParseAmountOptions, ParseAmountResult } from "./parse-amount";
export { formatMinorAsDecimal, formatMoney } from "./format-money";
export { normalizeAmountText } from "./amount-text";
