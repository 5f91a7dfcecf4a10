/**
 * Reads Korean card approval SMS — 신한, KB국민, 삼성, 현대, 롯데, 우리, 하나, NH and cards writing
 * alike. The public layouts (ncrash/cbmax ShinhanCardParser, wyverny/manage_money_app
 * KBKookMinCheckSmsParser):
 *   "신한카드(1054)승인 신*진 12,700원(일시불)10/13 15:48 스타벅스 누적1,860,854원"
 *   "KB국민체크(5*3*) 김진아님 11/13 15:52 276,200원 연세송도외과의 사용"
 * and abroad the currency code before the amount ("해외승인 … JPY 1,280 04/22 14:25 LAWSON …").
 * The grammar: card word with its tail in brackets or right after it, the transaction word
 * (승인 = approved, 승인취소 / 취소 = cancelled), the holder's masked name, the amount ("원" after
 * it, or a currency code before it), "MM/DD HH:MM", the merchant, then a running total (누적) or
 * balance (잔액) that is never the amount. Approvals are sent at authorisation: pending
 * authorisations; a cancellation gives the hold back (a reversal). See docs/importers.md.
 */
import { readCurrencyCode } from "@/domain/issuer-records";
import { parseAmount } from "@/domain/money";
import type { AlertDateParts } from "./alert-date";
import type { AmountHit } from "./alert-amount";
import { cleanMerchant, findKind, type AlertFailure, type AlertReading, type KindRule } from "./alert-reading";

const KIND_RULES: readonly KindRule[] = [
  { pattern: /승인\s*취소|취소\s*승인|매출\s*취소|결제\s*취소|취소/, kind: "reversal", state: "posted", isCredit: true },
  { pattern: /승인|사용|결제/, kind: "authorisation", state: "pending", isCredit: false },
];

/** "12,700원", "JPY 1,280", "USD 12.50", "US$12.50": amount, its currency, where it is. */
const WON = /(\d[\d,]*)\s*원/g;
const CODE_BEFORE = /(?<![A-Za-z])([A-Z]{3})\s*\$?\s*(\d[\d,]*(?:\.\d+)?)/g;
/** A running total, balance or limit: never the amount. */
const TOTAL_BEFORE = /(?:누적|잔액|잔고|한도|가능)\s*[:：]?\s*$/;
const DATE_TIME = /(?<!\d)(\d{1,2})[/.](\d{1,2})\s*(\d{1,2}):(\d{2})(?!\d)/;
const DATE_ONLY = /(?<!\d)(\d{1,2})[/.](\d{1,2})(?![\d/.])/;
/** "신한카드(1054)", "KB국민카드1234", "삼성카드 승인 1234"; a masked "(5*3*)" is no tail. */
const CARD = /카드\s*[(\[]?\s*(\d{4})(?!\d)|(?:체크|카드)\s*[(\[]\s*[\d*]*\s*(\d{4})\s*[)\]]|승인\s+(\d{4})(?!\d)/;
const MERCHANT_END = /\s*(?:누적|잔액|잔고|사용가능|가능한도|\n|$)/;

function toHit(digits: string, currency: string, index: number, before: string): AmountHit | null {
  const parsed = parseAmount(digits.replace(/,+$/, ""), currency);
  if (!parsed.ok) return null;
  return { minor: parsed.minor, currency, index, isBalance: TOTAL_BEFORE.test(before), isConverted: false, sign: "" };
}

function findKoreanAmounts(text: string): { hit: AmountHit; end: number }[] {
  const found: { hit: AmountHit; end: number }[] = [];
  for (const match of text.matchAll(WON)) {
    const index = match.index ?? 0;
    const hit = toHit(match[1]!, "KRW", index, text.slice(Math.max(0, index - 8), index));
    if (hit) found.push({ hit, end: index + match[0].length });
  }
  for (const match of text.matchAll(CODE_BEFORE)) {
    const code = readCurrencyCode(match[1]);
    if (!code) continue;
    const index = match.index ?? 0;
    const hit = toHit(match[2]!, code, index, text.slice(Math.max(0, index - 8), index));
    if (hit) found.push({ hit, end: index + match[0].length });
  }
  return found.sort((a, b) => a.hit.index - b.hit.index);
}

function readDate(text: string): { parts: AlertDateParts; end: number } | null {
  const full = DATE_TIME.exec(text);
  if (full) {
    const time = `${full[3]!.padStart(2, "0")}:${full[4]}`;
    return { parts: { month: Number(full[1]), day: Number(full[2]), time }, end: full.index + full[0].length };
  }
  const day = DATE_ONLY.exec(text);
  return day ? { parts: { month: Number(day[1]), day: Number(day[2]) }, end: day.index + day[0].length } : null;
}

/** The words after the amount and the time, up to the running total: "스타벅스", "연세송도외과의 사용". */
function readMerchant(text: string, from: number): string {
  const rest = text.slice(from).replace(/^\s*\((?:일시불|할부[^)]*|\d+개월)\)\s*/, "").replace(/^\s*(?:일시불|\d+개월)\s*/, "");
  const end = MERCHANT_END.exec(rest);
  const name = rest.slice(0, end?.index ?? rest.length).replace(/\s*(?:에서)?\s*사용$/, "");
  return cleanMerchant(name);
}

export function readKoreanAlert(text: string): AlertReading | AlertFailure {
  const amounts = findKoreanAmounts(text).filter((a) => !a.hit.isBalance);
  const amount = amounts[0];
  if (!amount) return "alerts.noAmount";
  const rule = findKind(text, KIND_RULES);
  if (!rule) return "alerts.unrecognised";
  const date = readDate(text);
  const card = CARD.exec(text);
  return {
    kind: rule.kind, state: rule.state, isCredit: rule.isCredit, amount: amount.hit,
    merchant: readMerchant(text, Math.max(amount.end, date?.end ?? 0)),
    cardLast4: card?.[1] ?? card?.[2] ?? card?.[3], date: date?.parts ?? null,
  };
}
