/**
 * Currency names as banks print them in statement cells and card alerts ("人民币", "泰铢", "日元",
 * "円", "THAI BAHT", "US Dollars") mapped to ISO 4217. The names come from the platform's own
 * CLDR data — `Intl.DisplayNames` in Simplified and Traditional Chinese, Japanese and English for
 * every ISO code Node knows (built once, when this module loads) — plus the short forms Chinese
 * and Japanese banks print that CLDR does not name ("港币", "澳元", "新币", "韩币", "RMB", "元",
 * "円"). `CURRENCY_WORD_PATTERN` tries the names longest first, so "港元" never reads as "元".
 * See docs/importers.md.
 */
import { currencyExponent } from "@/domain/money";

/** Short forms and bank spellings that CLDR's display names do not include. */
const BANK_SHORT_FORMS: Readonly<Record<string, string>> = {
  元: "CNY", RMB: "CNY", 人民幣: "CNY", 美金: "USD", 日圆: "JPY", 円: "JPY", 港币: "HKD", 韩币: "KRW", 新币: "SGD", 新元: "SGD",
  澳门元: "MOP", 澳門幣: "MOP", 澳元: "AUD", 加元: "CAD", 台币: "TWD", 林吉特: "MYR", 印尼盾: "IDR", 卢布: "RUB", 纽币: "NZD",
  迪拉姆: "AED", 泰銖: "THB", 歐元: "EUR", 英鎊: "GBP", 韓元: "KRW", 港幣: "HKD",
};

const NAME_LOCALES = ["zh-CN", "zh-TW", "zh-HK", "ja", "en"] as const;

function buildCurrencyWords(): Record<string, string> {
  const words: Record<string, string> = {};
  const codes = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : [];
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: "currency", fallback: "none" });
    for (const code of codes) {
      if (currencyExponent(code) === null) continue;
      const name = names.of(code);
      if (!name || name === code) continue;
      if (locale === "en") {
        // English names are matched without case ("THAI BAHT"), also in the plural Amex prints ("US Dollars").
        words[name.toUpperCase()] ??= code;
        if (!/s$/i.test(name)) words[`${name.toUpperCase()}S`] ??= code;
      } else words[name] ??= code;
    }
  }
  return { ...words, ...BANK_SHORT_FORMS };
}

export const CURRENCY_WORDS: Readonly<Record<string, string>> = buildCurrencyWords();

const WORDS_LONGEST_FIRST = Object.keys(CURRENCY_WORDS).filter((w) => !/^[A-Z ]+$/.test(w) || w === "RMB").sort((a, b) => b.length - a.length);

/**
 * Alternation of every Chinese/Japanese name and bank short form, longest first, for building
 * alert and cell patterns (English names are read by `readCurrencyCode` on whole cells only: as
 * bare words in a sentence they would catch merchant names).
 */
export const CURRENCY_WORD_PATTERN = WORDS_LONGEST_FIRST.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/** English names (upper case, longest first), for reading "1,500.00 Thai Baht" after a number. */
export const ENGLISH_CURRENCY_NAME_PATTERN = Object.keys(CURRENCY_WORDS).filter((w) => /^[A-Z][A-Z .'()-]+$/.test(w) && w.length > 3)
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/** "CNY", "cny", "人民币", "日元", "Thai Baht" → ISO code; undefined for anything else (including unknown ISO codes). */
export function readCurrencyCode(text: string | undefined): string | undefined {
  const value = text?.normalize("NFKC").trim();
  if (!value) return undefined;
  const upper = value.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && currencyExponent(upper) !== null) return upper;
  return CURRENCY_WORDS[value] ?? CURRENCY_WORDS[upper] ?? CURRENCY_WORDS[upper.replace(/\s+/g, " ")];
}

/** Codes that stand for "no currency" or a placeholder (ISO's XXX, XTS, "---", "N/A"): the file then needs the traveller's currency. */
export function isPlaceholderCurrency(text: string | undefined): boolean {
  const value = text?.normalize("NFKC").trim().toUpperCase() ?? "";
  return value !== "" && (/^(?:XXX|XTS|ZZZ|N\/?A|NONE|NULL|-+|\?+|\*+|0+)$/.test(value) || (/^[A-Z]{3}$/.test(value) && currencyExponent(value) === null));
}
