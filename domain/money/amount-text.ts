/**
 * Character-level clean-up of amounts as people type or paste them, before any parsing:
 * full-width forms from Chinese/Japanese IMEs ("１２８０", "，", "￥"), Arabic-Indic digits,
 * the many Unicode spaces Intl and slips use as thousands separators (U+00A0, U+202F, …),
 * typographic apostrophes (Swiss "1’234"), minus-sign look-alikes and invisible marks
 * (bidi marks Intl inserts for Arabic, zero-width spaces from copy/paste). Only characters
 * change; nothing here decides what a separator means. See docs/money.md.
 */

const FULL_WIDTH_ASCII_START = 0xff01;
const FULL_WIDTH_ASCII_END = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Single characters with a direct replacement; "" deletes the character. */
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ["\uffe0", "¢"], ["\uffe1", "£"], ["\uffe5", "¥"], ["\uffe6", "₩"],
  ["\u3002", "."], ["\u3001", ","], ["\u066b", "."], ["\u066c", ","],
  ["\u2019", "'"], ["\u02bc", "'"], ["\u2032", "'"], ["\u00b4", "'"],
  ["\u2212", "-"], ["\u2010", "-"], ["\u2011", "-"], ["\u2012", "-"], ["\u2013", "-"], ["\u2014", "-"],
  ["\u00ad", ""], ["\u061c", ""], ["\ufeff", ""],
]);

function isSpaceLike(code: number): boolean {
  return (
    code === 0x09 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/** Zero-width characters and bidi controls: invisible, so they must not change the meaning. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069)
  );
}

function mapDigit(code: number): string | null {
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return null;
}

/** Maps look-alike characters to their ASCII meaning; never throws, keeps unknown characters as they are. */
export function normalizeAmountText(input: string): string {
  let out = "";
  for (const char of input) {
    const code = char.codePointAt(0) ?? 0;
    const replacement = REPLACEMENTS.get(char);
    if (replacement !== undefined) out += replacement;
    else if (code >= FULL_WIDTH_ASCII_START && code <= FULL_WIDTH_ASCII_END) {
      out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    } else if (isSpaceLike(code)) out += " ";
    else if (isInvisible(code)) continue;
    else out += mapDigit(code) ?? char;
  }
  return out;
}

const decimalByLocale = new Map<string, "." | ",">();

/**
 * The decimal separator people using `locale` type ("," for de/fr/es/it/pt/ru/id/vi,
 * "." for en/zh/ja/ko/th), read from Intl so regional variants (de-CH uses ".") come out right.
 * An unknown or malformed locale falls back to ".", the convention on most card slips.
 */
export function getLocaleDecimalSeparator(locale: string | undefined): "." | "," {
  if (!locale) return ".";
  const cached = decimalByLocale.get(locale);
  if (cached) return cached;
  let separator: "." | "," = ".";
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal");
    if (part && normalizeAmountText(part.value) === ",") separator = ",";
  } catch {
    separator = ".";
  }
  decimalByLocale.set(locale, separator);
  return separator;
}
