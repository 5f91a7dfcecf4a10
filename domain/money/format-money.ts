/**
 * Shows integer minor units as money. The decimal is built as a string by integer arithmetic
 * ("123456" with exponent 2 becomes "1234.56") and handed to Intl.NumberFormat as a string —
 * Node 20+ and current browsers format decimal strings exactly — so no float is ever created
 * and no rounding can move a cent. Fraction digits are pinned to the ISO exponent, not CLDR's
 * display digits, so IDR shows its cents and KWD its three decimals, exactly as stored.
 * Inputs here come from our own data, not from people: an unknown currency or a non-integer
 * amount is a programming error and throws a RangeError. See docs/money.md.
 */
import { currencyExponent } from "./currency";

function requireExponent(currency: string): number {
  const exponent = currencyExponent(currency);
  if (exponent === null) throw new RangeError(`Unknown currency ${JSON.stringify(currency)}`);
  return exponent;
}

/** "1234.56" for 123456 EUR, "1280" for 1280 JPY, "3.250" for 3250 KWD, "-0.05" for -5 USD. */
export function formatMinorAsDecimal(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Minor units must be a safe integer, got ${minor}`);
  const exponent = requireExponent(currency);
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor));
  if (exponent === 0) return sign + digits;
  const padded = digits.padStart(exponent + 1, "0");
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function getFormatter(currency: string, locale: string, exponent: number): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  const cached = formatters.get(key);
  if (cached) return cached;
  const options: Intl.NumberFormatOptions = {
    style: "currency",
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  };
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat(locale, options);
  } catch {
    // A malformed locale tag should not take a page down; English is the app's fallback language.
    formatter = new Intl.NumberFormat("en", options);
  }
  formatters.set(key, formatter);
  return formatter;
}

/** Money for people: "€1,234.56" (en), "1.234,56 €" (de), "1 234,56 €" (fr), "￥1,280" (ja). */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const code = currency.trim().toUpperCase();
  const decimal = formatMinorAsDecimal(minor, code) as `${number}`;
  return getFormatter(code, locale, requireExponent(code)).format(decimal);
}
