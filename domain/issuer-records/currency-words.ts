/**
 * Currency names as Chinese and Japanese banks print them in statement cells and card alerts
 * ("人民币", "美元", "日元", "泰铢", "円") mapped to ISO 4217. Longer names are listed before the
 * names they contain ("新加坡元" before "元", "新台币" before "台币") and `CURRENCY_WORD_PATTERN`
 * tries them longest first, so "港元" never reads as "元". See docs/importers.md.
 */
import { currencyExponent } from "@/domain/money";

export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  人民币: "CNY", 人民幣: "CNY", 元: "CNY", RMB: "CNY",
  美元: "USD", 美金: "USD", 日元: "JPY", 日圆: "JPY", 円: "JPY", 泰铢: "THB", 泰銖: "THB",
  欧元: "EUR", 歐元: "EUR", 港币: "HKD", 港元: "HKD", 港幣: "HKD", 英镑: "GBP", 英鎊: "GBP",
  韩元: "KRW", 韓元: "KRW", 韩币: "KRW", 新加坡元: "SGD", 新币: "SGD", 新元: "SGD",
  澳门元: "MOP", 澳门币: "MOP", 澳門幣: "MOP", 澳元: "AUD", 澳大利亚元: "AUD", 加元: "CAD", 加拿大元: "CAD",
  新台币: "TWD", 台币: "TWD", 瑞士法郎: "CHF", 林吉特: "MYR", 马来西亚林吉特: "MYR", 越南盾: "VND",
  印尼盾: "IDR", 菲律宾比索: "PHP", 卢布: "RUB", 新西兰元: "NZD", 纽币: "NZD", 迪拉姆: "AED",
  阿联酋迪拉姆: "AED", 丹麦克朗: "DKK", 瑞典克朗: "SEK", 挪威克朗: "NOK", 土耳其里拉: "TRY",
  印度卢比: "INR", 柬埔寨瑞尔: "KHR", 老挝基普: "LAK", 缅甸元: "MMK", 蒙古图格里克: "MNT",
};

const WORDS_LONGEST_FIRST = Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length);

/** Alternation of every word, longest first, for building alert and cell patterns. */
export const CURRENCY_WORD_PATTERN = WORDS_LONGEST_FIRST.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/** "CNY", "cny", "人民币", "日元" → ISO code; undefined for anything else (including unknown ISO codes). */
export function readCurrencyCode(text: string | undefined): string | undefined {
  const value = text?.normalize("NFKC").trim();
  if (!value) return undefined;
  const upper = value.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && currencyExponent(upper) !== null) return upper;
  return CURRENCY_WORDS[value] ?? CURRENCY_WORDS[upper];
}
