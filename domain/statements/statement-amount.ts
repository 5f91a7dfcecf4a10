/**
 * Reads a signed amount as banks print it — "-12.50", "(12.50)", "12,50-", "12.50 CR",
 * "DR 12.50", "+1.234,56" — into integer minor units. The sign and credit/debit markers are
 * taken off here; the number itself goes through domain/money's parseAmount, so no float ever
 * holds money. Bank exports pad zero decimals even for JPY ("1280.00"); zeros beyond the
 * currency's exponent are dropped, other extra decimals are still refused. The decimal
 * separator of a whole column is decided once (`detectDecimalSeparator`), because "1,234"
 * means different things in different files. See docs/importers.md and docs/money.md.
 */
import { parseAmount } from "@/domain/money";

export type DecimalSeparator = "." | ",";

/** `minor` is negative when the text was written negative; CR/DR markers are returned apart. */
export type SignedAmount = { ok: true; minor: number; marker: "CR" | "DR" | null } | { ok: false };

const MARKER = /^(CR|DR)\.?\s*|\s*(CR|DR)\.?$/i;

function readMagnitude(text: string, currency: string, separator: DecimalSeparator | undefined) {
  const locale = separator === "," ? "de" : separator === "." ? "en" : undefined;
  const first = parseAmount(text, currency, { locale });
  if (first.ok || first.reason !== "tooManyDecimals") return first;
  const padded = /^(.*?)([.,])(\d+)$/.exec(text);
  if (!padded) return first;
  const fraction = (padded[3] ?? "").replace(/0+$/, "");
  return parseAmount(fraction ? `${padded[1]}${padded[2]}${fraction}` : (padded[1] ?? ""), currency, { locale });
}

// Currency signs printed in the amount cell ("£67.40", "+ £1,100.00", "€ -12,50"): the currency comes from elsewhere.
const CURRENCY_SIGNS = /[£$€¥￥₩฿₹]|\b(?:US|HK|S|A|C|NZ)\$/g;

export function parseSignedAmount(input: string, currency: string, separator?: DecimalSeparator): SignedAmount {
  let text = /[£$€¥￥₩฿₹]/.test(input) ? input.replace(CURRENCY_SIGNS, "").replace(/^([-+−(])\s+/, "$1").trim() : input.trim();
  const marked = MARKER.exec(text);
  const marker = marked ? ((marked[1] ?? marked[2] ?? "").toUpperCase() as "CR" | "DR") : null;
  if (marked) text = text.replace(MARKER, "").trim();
  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) [negative, text] = [true, text.slice(1, -1).trim()];
  if (text.startsWith("-") || text.startsWith("\u2212")) [negative, text] = [true, text.slice(1).trim()];
  else if (text.endsWith("-")) [negative, text] = [true, text.slice(0, -1).trim()];
  else if (text.startsWith("+")) text = text.slice(1).trim();
  if (text === "") return { ok: false };
  const magnitude = readMagnitude(text, currency, separator);
  if (!magnitude.ok) return { ok: false };
  return { ok: true, minor: negative ? -magnitude.minor : magnitude.minor, marker };
}

/**
 * Billed sign (positive = money out) from an amount as written: a CR marker is money in and DR
 * money out whatever the column's convention; otherwise `outflowSign` says which sign is out.
 */
export function toBilledMinor(amount: { minor: number; marker: "CR" | "DR" | null }, outflowSign: "negative" | "positive"): number {
  const magnitude = Math.abs(amount.minor);
  if (amount.marker === "CR") return -magnitude;
  if (amount.marker === "DR") return magnitude;
  return outflowSign === "negative" ? -amount.minor : amount.minor;
}

/** "THB 1,250.00", "1,250.00(THB)", "1250.00 泰铢" → the code and the number text; no code → the text as is. */
export function splitAmountAndCode(cell: string): { code?: string; text: string } {
  // Amount cells are short; the length cap keeps these patterns linear on hostile input.
  if (cell.length > 64) return { text: cell };
  const match = /^\s*([A-Za-z]{3})\s*([-+(]?[\d.,\s]+\)?)\s*$/.exec(cell) ?? /^\s*([-+(]?[\d.,\s]+\)?)\s*[(（]?\s*([A-Za-z]{3}|\p{Script=Han}+)\s*[)）]?\s*$/u.exec(cell);
  if (!match) return { text: cell };
  const [first, second] = [match[1] ?? "", match[2] ?? ""];
  return /^[A-Za-z]{3}$/.test(first) ? { code: first.toUpperCase(), text: second } : { code: second.toUpperCase(), text: first };
}

/**
 * Votes over a column: "12,50" or "1.234,56" vote ",", "12.50" or "1,234.56" vote "."; a lone
 * separator before exactly 3 digits ("1,234") does not vote. No votes → undefined, and
 * parseAmount's own rule applies.
 */
export function detectDecimalSeparator(values: readonly string[]): DecimalSeparator | undefined {
  let comma = 0;
  let point = 0;
  for (const value of values) {
    const match = /([.,])(\d+)\D*$/.exec(value);
    if (!match) continue;
    const both = value.includes(".") && value.includes(",");
    if (!both && (match[2] ?? "").length === 3) continue;
    if (match[1] === ",") comma += 1;
    else point += 1;
  }
  if (comma === 0 && point === 0) return undefined;
  return comma > point ? "," : ".";
}

/** A decimal written with "." only, for fxRate ("0,1893" → "0.1893"); null when it is not one. */
export function normaliseRate(text: string | undefined): string | undefined {
  const value = text?.trim().replace(",", ".");
  return value && /^\d+(\.\d+)?$/.test(value) && /[1-9]/.test(value) ? value : undefined;
}

/**
 * Converts minor units at a decimal rate, exactly, with BigInt and half-up rounding:
 * "multiply" gives amount × rate, "divide" amount ÷ rate. Exponents are the currencies'
 * (JPY 0, EUR 2). Null for a zero or malformed rate.
 */
export function convertMinorByRate(
  minor: number, fromExponent: number, toExponent: number, rate: string, direction: "multiply" | "divide",
): number | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!match) return null;
  const fraction = match[2] ?? "";
  const rateUnits = BigInt(`${match[1]}${fraction}`);
  const rateScale = 10n ** BigInt(fraction.length);
  if (rateUnits === 0n) return null;
  const value = BigInt(Math.abs(minor));
  const toScale = 10n ** BigInt(toExponent);
  const fromScale = 10n ** BigInt(fromExponent);
  const [numerator, denominator] = direction === "multiply"
    ? [value * rateUnits * toScale, rateScale * fromScale]
    : [value * rateScale * toScale, rateUnits * fromScale];
  const rounded = (numerator * 2n + denominator) / (denominator * 2n);
  return Number(rounded) * Math.sign(minor);
}
