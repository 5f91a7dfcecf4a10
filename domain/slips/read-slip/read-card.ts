/**
 * The card: last 4 from the masked number, the brand, the application label and the entry mode.
 * A mask is a run of asterisks, X, •, # — and what OCR makes of them (x, w, k, +, %, «) — before
 * the last 4 digits; mask characters are never read as letters of anything. A full number was
 * already cut to "•••• 1234" by normalize-line.ts. The brand comes from the AID's registered
 * provider (RID) first, then from the label or a brand word printed on the slip.
 */
import type { EntryMode } from "../slip-fields";
import type { SlipLine } from "./normalize-line";
import { CARD_LABELS } from "./vocabulary";

export type CardBrand = "visa" | "mastercard" | "maestro" | "amex" | "jcb" | "unionpay" | "discover" | "diners" | "cb" | "girocard" | "interac" | "troy" | "rupay" | "mir" | "eftpos";
export type Reading<T> = { value: T; confidence: number; line: number; reason: string };

const MASK = "[*xX#•·●∙wWkK+%«»@&¥]";
const MASKED = new RegExp(`(?:^|[^A-Z0-9])(\\d{4,6})?[\\s-]?((?:${MASK}[\\s-]?){3,})(\\d\\s?\\d\\s?\\d\\s?\\d)(?!\\d)`, "u");
const BULLETED = /•{2,}\s?(\d{4})(?!\d)/u;

export function findLast4(lines: readonly SlipLine[]): Reading<string> | null {
  let best: Reading<string> | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    const text = line.text;
    const bulleted = BULLETED.exec(text);
    const masked = bulleted ? null : MASKED.exec(text);
    const last4 = (bulleted?.[1] ?? masked?.[3])?.replace(/\s/g, "");
    if (last4) {
      const maskText = masked?.[2] ?? "••";
      // Real masks are mostly true mask characters; "XXXX" is fine, "WWKX" less sure.
      const clean = (maskText.match(/[*X#•·●]/g) ?? []).length / Math.max(1, maskText.replace(/[\s-]/g, "").length);
      const labelled = CARD_LABELS.test(text) || (i > 0 && CARD_LABELS.test((lines[i - 1] as SlipLine).text));
      const confidence = line.confidence * (0.75 + 0.15 * clean + (labelled ? 0.1 : 0));
      if (!best || confidence > best.confidence) best = { value: last4, confidence, line: i, reason: labelled ? "masked card number after its label" : "masked card number" };
      continue;
    }
    // A labelled card line whose mask OCR lost entirely: the last 4-digit group after the label.
    const label = CARD_LABELS.exec(text);
    if (label && !best) {
      const rest = text.slice((label.index ?? 0) + label[0].length);
      const tail = /(?:^|\s)[^\s\d]*(\d{4})\s*$/u.exec(rest);
      if (tail?.[1]) best = { value: tail[1], confidence: line.confidence * 0.6, line: i, reason: "last group after card label" };
    }
  }
  return best;
}

/** Registered application providers (the first 10 hex digits of an AID). */
const RID_BRANDS: Array<[string, CardBrand]> = [
  ["A000000004306", "maestro"], ["A000000003", "visa"], ["A000000004", "mastercard"], ["A000000005", "maestro"],
  ["A000000025", "amex"], ["A000000065", "jcb"], ["A000000333", "unionpay"], ["A000000152", "discover"],
  ["A000000042", "cb"], ["A000000359", "girocard"], ["A000000277", "interac"], ["A000000672", "troy"],
  ["A000000524", "rupay"], ["A000000658", "mir"], ["A000000384", "eftpos"],
];

export function brandOfAid(aid: string): CardBrand | null {
  return RID_BRANDS.find(([rid]) => aid.startsWith(rid))?.[1] ?? null;
}

const BRAND_WORDS: Array<[RegExp, CardBrand]> = [
  [/MAESTRO/u, "maestro"], [/MASTER\s*CARD|\bMC\b|万事达/u, "mastercard"], [/\bVISA\b|维萨/u, "visa"],
  [/AMERICAN\s*EXPRESS|\bAMEX\b|美国运通/u, "amex"], [/\bJCB\b/u, "jcb"], [/UNION\s*PAY|\bCUP\b|\bUICC\b|银联|銀聯/u, "unionpay"],
  [/DISCOVER/u, "discover"], [/DINERS/u, "diners"], [/GIROCARD/u, "girocard"], [/INTERAC/u, "interac"], [/\bTROY\b/u, "troy"],
  [/\bRUPAY\b/u, "rupay"], [/^CB$|CARTE\s*BANCAIRE\b(?!.*(VISA|MASTER))/u, "cb"],
];

export function brandOfText(text: string): CardBrand | null {
  return BRAND_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** An application label: a line (or label value) naming the card's application, e.g. "VISA CREDIT". */
const APP_LABEL_LINE = /^(?:(?:DEBIT|CREDIT|PREPAID)\s+)?(VISA|MASTERCARD|MAESTRO|AMERICAN\s*EXPRESS|AMEX|JCB|UNIONPAY|UICC|GIROCARD|CB|TROY|DISCOVER|DINERS|INTERAC)(?:\s+(?:CREDIT|DEBIT|PREPAID|ELECTRON|CLASSIC|GOLD|PLATINUM))?$/u;
const APP_LABEL_KEYS = /(\bAPP(?:LICATION)?\s*(?:LABEL|NAME)?\b|发卡行\s*\(?ISSUER\)?|\bISSUER\b|カード会社|카드종류)/u;

export function findApplicationLabel(lines: readonly SlipLine[]): Reading<string> | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    const key = APP_LABEL_KEYS.exec(line.text);
    if (key) {
      const value = line.text.slice((key.index ?? 0) + key[0].length).replace(/^[\s:：)]+/u, "").trim();
      if (APP_LABEL_LINE.test(value)) return { value, confidence: line.confidence, line: i, reason: `label "${key[0]}"` };
    }
  }
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    const value = line.text.replace(/\s+/g, " ").trim();
    if (APP_LABEL_LINE.test(value)) return { value, confidence: line.confidence * 0.9, line: i, reason: "application name line" };
  }
  return null;
}

/** Entry-mode words, checked in this order (so "CHIP FALLBACK" is fallback and "SANS CONTACT" contactless). */
const ENTRY_WORDS: Array<[EntryMode, RegExp]> = [
  ["fallback", /(FALLBACK|SECOURS|降级|フォールバック|\(F\))/u],
  ["contactless", /(CONTACTLESS|\bCTLS\b|\bTAP\b|TAPPED|SANS\s*CONTACT|KONTAKTLOS|SIN\s*CONTACTO|挥卡|闪付|非接|タッチ|비접촉|TEMASSIZ|TEMASSİZ|KHÔNG\s*TIẾP\s*XÚC|ΑΝΕΠΑΦΗ|感應|感应|\(T\))/u],
  ["keyed", /(\bMANUAL\b|\bKEYED\b|\bMANUEL\b|MANUALE|SAISIE\s*MANUELLE|手输|手輸|手入力|수기|NHẬP\s*TAY|\(M\))/u],
  ["swipe", /(SWIPE|\bMAG\b|MAGSTRIPE|MAG\s*STRIPE|MAGNETSTREIFEN|\bBANDA\b|刷卡|磁気|磁条|磁條|\bMS\b|MANYETIK|QUẸT\s*THẺ|\bPISTE\b|\(S\))/u],
  ["chip", /(\bCHIP\b|\bICC\b|\bINSERT(?:ED)?\b|EMV\s*CONTACT|\bPUCE\b|插卡|晶片|芯片|\bIC\b|CIPLI|ÇİPLİ|\(C\))/u],
];

export function findEntryMode(lines: readonly SlipLine[]): Reading<EntryMode> | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    // Disclaimers ("CONTACTLESS UP TO 50 EUR") are long; entry-mode lines are short.
    if (line.text.length > 36) continue;
    for (const [mode, pattern] of ENTRY_WORDS) {
      if (pattern.test(line.text)) return { value: mode, confidence: line.confidence, line: i, reason: `word on line ${i + 1}` };
    }
  }
  return null;
}
