/**
 * Turns an amount as a person typed it into integer minor units of a known currency, by string
 * manipulation only (no float ever exists, so "0.1 + 0.2" problems cannot happen). Rules:
 * 1. Characters are normalised first (full-width, Arabic-Indic digits, Unicode spaces, "’").
 * 2. A currency marker may precede or follow the number ("¥1,280", "1280円", "12.50 EUR"); it must
 *    belong to the chosen currency. "-" or "(…)" make the amount negative, which is refused.
 * 3. Space and "'" are always thousands separators. When both "." and "," occur, the last one is
 *    the decimal separator. A separator occurring twice ("1.234.567") is a thousands separator.
 * 4. A single "." or "," with other than 3 digits after it is a decimal separator ("12.5", "12,50").
 * 5. A single "." or "," with exactly 3 digits after it is ambiguous ("1,234" / "1.234"):
 *    - exponent 0 (JPY, KRW): thousands, whatever the locale — JPY "1,280" is 1280;
 *    - with a locale hint: the locale's decimal separator is a decimal, the other one groups —
 *      EUR "1.234" is 1234 in de but "too many decimals" in en (a typo there must not silently
 *      become a thousand times the amount), KWD "3,250" is 3.250 in de;
 *    - without a hint: exponent 2 groups (the only valid reading), exponent 3 takes "." as the
 *      decimal (Gulf slips print "3.250") and "," as thousands.
 *    Malformed grouping ("0.500", "1234.567") is always read as decimals.
 * 6. Groups are 3 digits after a 1–3 digit head, or Indian lakh/crore style ("1,23,456").
 * 7. More decimals than the currency has are refused, as is anything above 10^12 minor units.
 * See docs/money.md.
 */
import { getLocaleDecimalSeparator, normalizeAmountText } from "./amount-text";
import { isMarkerForCurrency } from "./currency-markers";
import { currencyExponent } from "./currency";

export type ParseAmountFailure = "empty" | "invalid" | "tooManyDecimals" | "negative" | "tooLarge" | "unknownCurrency";
export type ParseAmountResult = { ok: true; minor: number } | { ok: false; reason: ParseAmountFailure };
export type ParseAmountOptions = { locale?: string };

/** 10^12 minor units: a trillion yen, ten billion euros — beyond any card payment, well inside safe integers. */
export const MAX_MINOR_UNITS = 1_000_000_000_000;
const MAX_INPUT_LENGTH = 64;
const NUMBER_SHAPE = /^[.,]?\d+(?:[ .,']\d+)*$/;

type Digits = { integer: string; fraction: string };

function fail(reason: ParseAmountFailure): ParseAmountResult {
  return { ok: false, reason };
}

function isValidGrouping(groups: readonly string[]): boolean {
  const [head, ...rest] = groups;
  if (head === undefined || head.startsWith("0")) return false;
  const western = head.length <= 3 && rest.every((g) => g.length === 3);
  const last = rest[rest.length - 1];
  const indian = head.length <= 2 && last?.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
  return western || indian;
}

/** Integer groups joined by one grouping character, then an optional decimal part. */
function splitGroups(groups: string[], seps: string[], decimalAt: number | null): Digits | null {
  const intGroups = decimalAt === null ? groups : groups.slice(0, decimalAt + 1);
  const intSeps = decimalAt === null ? seps : seps.slice(0, decimalAt);
  if (new Set(intSeps).size > 1) return null;
  if (intGroups.length > 1 && !isValidGrouping(intGroups)) return null;
  const fraction = decimalAt === null ? "" : (groups[decimalAt + 1] ?? "");
  return { integer: intGroups.join(""), fraction };
}

function readDigits(core: string, exponent: number, locale: string | undefined): Digits | null {
  if (!NUMBER_SHAPE.test(core)) return null;
  if (core.startsWith(".") || core.startsWith(",")) {
    const fraction = core.slice(1);
    return /^\d+$/.test(fraction) ? { integer: "0", fraction } : null;
  }
  const groups = core.split(/[ .,']/);
  const seps = core.replace(/\d/g, "").split("");
  const lastIndex = seps.length - 1;
  const last = seps[lastIndex];
  if (last === undefined) return { integer: core, fraction: "" };
  const isPoint = (s: string) => s === "." || s === ",";
  const pointCount = seps.filter(isPoint).length;
  const pointKinds = new Set(seps.filter(isPoint)).size;
  if (pointKinds === 2 || (pointCount === 1 && seps.length > 1)) {
    // Rule 3: the last point is the decimal; it must be the last separator and the only one of its kind.
    if (!isPoint(last) || seps.indexOf(last) !== lastIndex) return null;
    return splitGroups(groups, seps, lastIndex);
  }
  if (pointCount !== 1) return splitGroups(groups, seps, null);
  // Rules 4 and 5: a lone "." or "," between exactly two digit groups.
  const after = groups[1] ?? "";
  if (after.length !== 3) return splitGroups(groups, seps, 0);
  const groupsThousands = exponent === 0 || (locale === undefined && exponent < 3) || last !== getLocaleDecimalSeparator(locale);
  if (groupsThousands) return splitGroups(groups, seps, null) ?? splitGroups(groups, seps, 0);
  return splitGroups(groups, seps, 0);
}

/** Separates "¥", "-", "(" … ")" and "EUR" from the number; null when the affixes are not a sign plus one marker. */
function readAffixes(prefix: string, suffix: string, currency: string, locale?: string): { negative: boolean } | null {
  const minusCount = (prefix + suffix).split("-").length - 1;
  const opens = prefix.includes("(");
  const closes = suffix.includes(")");
  if (minusCount > 1 || opens !== closes) return null;
  const clean = (s: string) => s.replace(/[-()+]/g, "").trim();
  if (!isMarkerForCurrency(clean(prefix), currency, locale)) return null;
  if (!isMarkerForCurrency(clean(suffix), currency, locale)) return null;
  return { negative: minusCount === 1 || opens };
}

function toMinor(digits: Digits, exponent: number): ParseAmountResult {
  if (digits.fraction.length > exponent) return fail("tooManyDecimals");
  const joined = (digits.integer + digits.fraction.padEnd(exponent, "0")).replace(/^0+/, "") || "0";
  if (joined.length > String(MAX_MINOR_UNITS).length) return fail("tooLarge");
  const minor = Number(joined); // an integer string of at most 13 digits: exact
  return minor > MAX_MINOR_UNITS ? fail("tooLarge") : { ok: true, minor };
}

function findLastDigitEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return i + 1;
  }
  return 0;
}

/** Never throws: every problem with the text comes back as a reason the UI can translate. */
export function parseAmount(input: string, currency: string, opts: ParseAmountOptions = {}): ParseAmountResult {
  const exponent = currencyExponent(currency);
  if (exponent === null) return fail("unknownCurrency");
  const code = currency.trim().toUpperCase();
  const text = normalizeAmountText(typeof input === "string" ? input : "").trim();
  if (text === "") return fail("empty");
  if (text.length > MAX_INPUT_LENGTH) return fail("invalid");
  let start = text.search(/\d/);
  if (start === -1) return fail("invalid");
  const end = findLastDigitEnd(text);
  // A leading ".5" / ",50" is a decimal, but "Rs.50" is a marker followed by a number.
  const before = text[start - 1];
  if ((before === "." || before === ",") && !/\p{L}/u.test(text[start - 2] ?? "")) start -= 1;
  const affixes = readAffixes(text.slice(0, start), text.slice(end), code, opts.locale);
  const digits = readDigits(text.slice(start, end), exponent, opts.locale);
  if (!affixes || !digits) return fail("invalid");
  if (affixes.negative) return fail("negative");
  return toMinor(digits, exponent);
}
