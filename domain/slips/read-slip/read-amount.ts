/**
 * The amount charged and its currency. The TOTAL line wins (TOTAL, 合计, 合計, 합계, TOTALE,
 * ΣΥΝΟΛΟ, ยอดรวม, TỔNG…), then an AMOUNT line (AMOUNT, 金额, MONTANT, IMPORTE, BETRAG, TUTAR…);
 * tip and subtotal lines are parts, never the charge. A label alone on its line takes the amount
 * on the next line ("金额(AMOUNT):" / "RMB 458.26"). The currency is the ISO code or symbol
 * printed with the amount (or elsewhere on the slip when the amount line has none).
 * DCC: when the slip converted the amount ("EXCHANGE RATE", "1 HKD = 0.91 CNY"), the amount in
 * the shop's currency is the slip amount and the converted one is the home amount, with the rate.
 */
import { currencyExponent } from "../../money/currency";
import type { SlipLine } from "./normalize-line";
import { AMOUNT_LABELS, DCC_LABELS, PART_LABELS, TOTAL_LABELS } from "./vocabulary";

export type Money = { minor: number; currency: string | null; exponent: number; text: string };
export type AmountReading = {
  amount: { value: string; currency: string; confidence: number; reason: string } | null;
  dcc: { rate: string; homeAmount: string; homeCurrency: string; confidence: number } | null;
};

/** Symbols and words that name a currency next to an amount. "$" alone is decided by context. */
const MARKERS: Array<[RegExp, string]> = [
  [/NT\$|NTD|新台幣|新臺幣/u, "TWD"], [/HK\$/u, "HKD"], [/S\$/u, "SGD"], [/A\$/u, "AUD"], [/C\$/u, "CAD"], [/US\$/u, "USD"],
  [/RMB|人民币|CN¥/u, "CNY"], [/£/u, "GBP"], [/€/u, "EUR"], [/원|₩/u, "KRW"], [/円/u, "JPY"], [/\bTL\b|₺/u, "TRY"],
  [/₫|\bVNĐ\b|\bVND\b/u, "VND"], [/฿|บาท/u, "THB"], [/\bRM\b/u, "MYR"], [/\bRP\b/u, "IDR"], [/元/u, "CNY"], [/\$/u, "USD"],
];

const ISO = /\b([A-Z]{3})\b/g;

export function currencyOnLine(text: string): string | null {
  for (const match of text.matchAll(ISO)) {
    const code = match[1] as string;
    if (currencyExponent(code) !== null && !["TID", "MID", "AID", "TVR", "TSI", "RRN", "REF", "APP", "PAN", "NOT", "TAP", "FOR", "THE", "AND", "CAN", "TIP", "ALL", "SAL", "BAR", "PIN", "BON", "SOS"].includes(code)) return code;
  }
  for (const [pattern, code] of MARKERS) if (pattern.test(text)) return code;
  if (/¥/.test(text)) return "JPY";
  return null;
}

/** Amount-shaped numbers on a line: "1,250.00", "12,50", "1.234,56", "8,460", "¥3800". */
const NUMBER = /(?<![\d.,/])(\d{1,3}(?:[.,’']\s?\d{3}|\s\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\s?\d{1,3})?)(?![\d:/])/g;

export function readMoney(text: string, currency: string | null): Money | null {
  const numbers = [...text.matchAll(NUMBER)].map((m) => m[1] as string).filter((n) => !/^\d{7,}$/.test(n));
  const raw = numbers[numbers.length - 1];
  if (!raw) return null;
  const exponent = currency ? currencyExponent(currency) ?? 2 : 2;
  let integer = raw, fraction = "";
  const last = Math.max(raw.lastIndexOf("."), raw.lastIndexOf(","));
  if (last >= 0) {
    const tail = raw.slice(last + 1).trim();
    // A separator followed by exactly the currency's minor digits is the decimal point.
    if (exponent > 0 && tail.length === exponent) [integer, fraction] = [raw.slice(0, last), tail];
    else if (exponent > 0 && tail.length !== 3) return null;
  }
  fraction = fraction.trim();
  const whole = integer.replace(/[\s.,’']/g, "");
  if (!/^\d+$/.test(whole)) return null;
  const minor = Number(whole) * 10 ** exponent + (fraction ? Number(fraction.padEnd(exponent, "0")) : 0);
  if (!Number.isSafeInteger(minor) || minor === 0) return null;
  return { minor, currency, exponent, text: raw };
}

export function toDecimal(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const s = String(minor).padStart(exponent + 1, "0");
  return `${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
}

type AmountLine = { line: number; kind: "total" | "amount" | "bare"; money: Money; confidence: number };

function amountLines(lines: readonly SlipLine[], slipCurrency: string | null): AmountLine[] {
  const found: AmountLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    const text = line.text;
    if (PART_LABELS.test(text) || DCC_LABELS.test(text)) continue;
    const kind = TOTAL_LABELS.test(text) ? "total" : AMOUNT_LABELS.test(text) ? "amount" : null;
    const own = currencyOnLine(text);
    if (kind) {
      const afterLabel = text.replace(TOTAL_LABELS, " ").replace(AMOUNT_LABELS, " ");
      let money = readMoney(afterLabel, own ?? slipCurrency);
      let at = i;
      const next = lines[i + 1];
      if (!money && next) {
        money = readMoney(next.text, currencyOnLine(next.text) ?? own ?? slipCurrency);
        at = i + 1;
        if (money) money.currency = currencyOnLine(next.text) ?? own;
      } else if (money) money.currency = own;
      if (money) found.push({ line: at, kind, money, confidence: (lines[at] as SlipLine).confidence });
    } else if (own && /^\W*[A-Z]{0,3}\W*[\d.,\s]+\W*[A-Z]{0,3}\W*$/u.test(text.replace(/[$£€¥₩₫฿]|원|円|元/gu, ""))) {
      const money = readMoney(text, own);
      if (money) found.push({ line: i, kind: "bare", money, confidence: line.confidence * 0.9 });
    }
  }
  return found;
}

const RATE = /(?:1\s*([A-Z]{3})\s*=\s*(\d+(?:[.,]\d+)?)\s*([A-Z]{3}))|(?:RATE[^\d]*(\d+[.,]\d{2,}))/;

export function findAmount(lines: readonly SlipLine[], slipCurrencyHint: string | null): AmountReading {
  // The slip's currency when the amount line prints none: any ISO code or marker on the slip.
  const anywhere = slipCurrencyHint ?? lines.map((l) => currencyOnLine(l.text)).find((c) => c !== null) ?? null;
  const candidates = amountLines(lines, anywhere);
  const dccAt = lines.findIndex((l) => DCC_LABELS.test(l.text));
  let dcc: AmountReading["dcc"] = null;
  let pool = candidates;
  if (dccAt >= 0) {
    const rateLine = lines.slice(dccAt, dccAt + 4).map((l) => ({ l, m: RATE.exec(l.text) })).find((x) => x.m);
    const before = candidates.filter((c) => c.line < dccAt && c.money.currency);
    const after = candidates.filter((c) => c.line > dccAt && c.money.currency);
    const local = rateLine?.m?.[1] ?? before[before.length - 1]?.money.currency ?? null;
    const home = after.find((c) => c.money.currency !== local);
    const rate = rateLine?.m ? (rateLine.m[2] ?? rateLine.m[4] ?? "").replace(",", ".") : null;
    if (home && rate && home.money.currency) {
      const exponent = currencyExponent(home.money.currency) ?? 2;
      const reread = readMoney((lines[home.line] as SlipLine).text.replace(TOTAL_LABELS, " "), home.money.currency) ?? home.money;
      dcc = { rate, homeAmount: toDecimal(reread.minor, exponent), homeCurrency: home.money.currency, confidence: Math.min(home.confidence, rateLine?.l.confidence ?? 1) };
      pool = candidates.filter((c) => c !== home && c.line < dccAt);
    }
  }
  const best = pool.find((c) => c.kind === "total") ?? pool.find((c) => c.kind === "amount") ?? pool.find((c) => c.kind === "bare") ?? null;
  if (!best) return { amount: null, dcc };
  const currency = best.money.currency ?? anywhere;
  if (!currency) return { amount: null, dcc };
  const exponent = currencyExponent(currency) ?? 2;
  // Re-read with the right exponent when the currency came from elsewhere on the slip.
  const money = readMoney((lines[best.line] as SlipLine).text.replace(TOTAL_LABELS, " ").replace(AMOUNT_LABELS, " "), currency) ?? best.money;
  const rule = best.kind === "total" ? 1 : best.kind === "amount" ? 0.95 : 0.85;
  return {
    amount: { value: toDecimal(money.minor, exponent), currency, confidence: best.confidence * rule * (best.money.currency ? 1 : 0.9), reason: `${best.kind} line` },
    dcc,
  };
}
