/**
 * Finds the money in an alert: every number written next to a currency — before it ("人民币58.00",
 * "USD 12.50", "$12.50", "£8.40") or after it ("1,250.00泰铢", "58.00元", "25.00 EUR") — with the
 * clause it sits in. A number in a clause about the balance or limit ("余额", "可用额度",
 * "available credit", "balance") is marked as such: it is never the record's amount. "折合/约合"
 * (converted to) marks the billed amount of a foreign purchase. Numbers without a currency (card
 * tails, dates, times) are not amounts. Values go through domain/money's parseAmount.
 * See docs/importers.md.
 */
import { CURRENCY_WORD_PATTERN, ENGLISH_CURRENCY_NAME_PATTERN, readCurrencyCode } from "@/domain/issuer-records";
import { parseAmount } from "@/domain/money";

export type AmountHit = { minor: number; currency: string; index: number; isBalance: boolean; isConverted: boolean; sign: "-" | "+" | "" };

const NUMBER = /([-+]?)(\d[\d,]*(?:\.\d+)?)/g;
const SYMBOLS: Readonly<Record<string, { zh: string; en: string }>> = {
  "$": { zh: "USD", en: "USD" }, "US$": { zh: "USD", en: "USD" }, "HK$": { zh: "HKD", en: "HKD" }, "S$": { zh: "SGD", en: "SGD" },
  "A$": { zh: "AUD", en: "AUD" }, "C$": { zh: "CAD", en: "CAD" }, "NZ$": { zh: "NZD", en: "NZD" }, "NT$": { zh: "TWD", en: "TWD" },
  "MOP$": { zh: "MOP", en: "MOP" }, "£": { zh: "GBP", en: "GBP" }, "€": { zh: "EUR", en: "EUR" }, "₩": { zh: "KRW", en: "KRW" },
  "฿": { zh: "THB", en: "THB" }, "₹": { zh: "INR", en: "INR" },
  // ¥ is yuan in a Chinese bank's alert and, far more often, yen in an English one.
  "¥": { zh: "CNY", en: "JPY" }, "￥": { zh: "CNY", en: "JPY" },
};
const BEFORE = new RegExp(`(?:(${CURRENCY_WORD_PATTERN})|(?<![A-Za-z])([A-Z]{3})|(US\\$|HK\\$|S\\$|A\\$|C\\$|NZ\\$|NT\\$|MOP\\$|[$£€₩฿₹¥￥]))\\s*\\)?\\s*[:：]?\\s*$`);
const AFTER = new RegExp(`^\\s*(?:(${CURRENCY_WORD_PATTERN})|([A-Z]{3})(?![A-Za-z])|(${ENGLISH_CURRENCY_NAME_PATTERN})\\b)`, "i");
// Word boundaries: a card product's name ("Freedom Unlimited", "Limitless") is not a limit.
const BALANCE = /余额|额度|可用|结余|剩余|累计|积分|欠款|balance|\bbal\b|\bavail|\blimit\b|remaining|\bpoints\b/i;
const CONVERTED = /折合|约合|折人民币|折算|入账金额|入账人民币|记账金额|billed as|converted/i;
const CLAUSE_BREAK = /[，,。；;！!\n]|\.\s/g;

function findClauseStart(text: string, index: number): number {
  let start = 0;
  for (const match of text.slice(0, index).matchAll(CLAUSE_BREAK)) start = (match.index ?? 0) + match[0].length;
  return start;
}

function readCurrency(before: string, after: string, language: "zh" | "en"): string | undefined {
  const pre = BEFORE.exec(before.slice(-12));
  const post = AFTER.exec(after.slice(0, 12));
  const preCode = pre ? (pre[1] ? readCurrencyCode(pre[1]) : pre[2] ? readCurrencyCode(pre[2]) : SYMBOLS[pre[3] ?? ""]?.[language]) : undefined;
  const postCode = post ? readCurrencyCode(post[1] ?? post[2] ?? post[3]) : undefined;
  // "泰铢1,250.00元": the named currency before the number wins over a generic "元" after it.
  if (preCode && (pre?.[1] !== "元" || !postCode)) return preCode;
  return postCode ?? preCode;
}

/** Every currency-marked number in the text, in order of appearance. */
export function findAmounts(text: string, language: "zh" | "en"): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const index = match.index ?? 0;
    const digits = (match[2] ?? "").replace(/,+$/, "");
    const end = index + (match[1] ?? "").length + digits.length;
    const currency = readCurrency(text.slice(0, index), text.slice(end), language);
    if (!currency) continue;
    // Banks pad yen with zero decimals ("858.00日元"): zeros beyond the currency's exponent are dropped.
    const parsed = parseAmount(digits, currency).ok ? parseAmount(digits, currency) : parseAmount(digits.replace(/\.0+$/, ""), currency);
    if (!parsed.ok) continue;
    const clause = text.slice(findClauseStart(text, index), index);
    hits.push({
      minor: parsed.minor, currency, index, isBalance: BALANCE.test(clause), isConverted: CONVERTED.test(clause),
      sign: (match[1] ?? "") as "-" | "+" | "",
    });
  }
  return hits;
}

/** The transaction amount, and the billed one when the alert also gives a converted amount. */
export function pickAlertAmounts(hits: readonly AmountHit[]): { amount: AmountHit; billed?: AmountHit } | null {
  const usable = hits.filter((h) => !h.isBalance);
  // "工资入账人民币5,000.00": an amount that reads as converted is still the amount when it is the only one.
  const amount = usable.find((h) => !h.isConverted) ?? usable[0];
  if (!amount) return null;
  const billed = usable.find((h) => h.isConverted && h.currency !== amount.currency && h.index > amount.index);
  return billed ? { amount, billed } : { amount };
}
