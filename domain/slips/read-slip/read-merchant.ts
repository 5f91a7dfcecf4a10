/**
 * Merchant name and city. A labelled name ("MERCHANT NAME:", 商户名称) wins; otherwise the name
 * is the first line at the top of the slip that reads like a name — not boiler-plate (copy
 * headers, SALE), not a label, a date, an identifier, a card name or an entry-mode word. The city
 * comes from the address lines just below the name: next to a postcode ("75001 PARIS",
 * "SAN FRANCISCO, CA 94110", "LONDON SE1 8TB", "BEYOGLU/ISTANBUL") or a line of letters alone.
 */
import type { SlipLine } from "./normalize-line";
import { BOILERPLATE, CODE_LABELS, OUTCOME_PHRASES } from "./vocabulary";

export type TextReading = { value: string; confidence: number; line: number; reason: string };

const NAME_LABEL = /(MERCHANT\s*NAME|商户名称|商戶名稱|店名|가맹점명|NOM\s*DU\s*COMMER[CÇ]ANT)/u;
const LABEL_ANYWHERE = new RegExp(Object.values(CODE_LABELS).map((r) => r.source).join("|"), "u");
const ENTRYISH = /(CONTACTLESS|SANS\s*CONTACT|KONTAKTLOS|\bCHIP\b|\bEMV\b|SWIPE|\bCB\b$|^VISA|^MASTERCARD|^MAESTRO|^AMEX|^JCB|^UNIONPAY|^GIROCARD)/u;

function isNameLike(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const digits = (text.match(/\d/g) ?? []).length;
  if (letters < 3 || digits > letters) return false;
  if (/[:：]/.test(text) || /^[-=_*.\s]+$/.test(text)) return false;
  if (BOILERPLATE.test(text) || LABEL_ANYWHERE.test(text) || ENTRYISH.test(text)) return false;
  if (OUTCOME_PHRASES.some((p) => p.pattern.test(text))) return false;
  if (/^LE\s+\d/.test(text) || /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(text)) return false;
  return true;
}

export function findMerchantName(lines: readonly SlipLine[]): TextReading | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    const label = NAME_LABEL.exec(line.text);
    if (!label) continue;
    // "商户名称(MERCHANT NAME):" — the bracketed English label is part of the label.
    const rest = line.text.slice((label.index ?? 0) + label[0].length).replace(/\([^)]*\)/gu, " ").replace(/^[\s:：)）]+/u, "").trim();
    if (rest.length >= 2) return { value: rest, confidence: line.confidence, line: i, reason: "merchant name label" };
    const next = lines[i + 1];
    if (next && isNameLike(next.text)) return { value: next.text.trim(), confidence: next.confidence, line: i + 1, reason: "merchant name label, next line" };
  }
  const top = Math.min(lines.length, 9);
  for (let i = 0; i < top; i += 1) {
    const line = lines[i] as SlipLine;
    if (isNameLike(line.text)) return { value: line.text.replace(/\s{2,}/g, " ").trim(), confidence: line.confidence * 0.85, line: i, reason: "first name-like line at the top" };
  }
  return null;
}

const CITY_PATTERNS: RegExp[] = [
  /^(?:.*\s)?([\p{L}][\p{L} .'-]+?),\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$/u, // SAN FRANCISCO, CA 94110
  /^([\p{L}][\p{L} .'-]+?)\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT|QC|ON|BC|AB|MB|NS|NB|NL|PE|SK)\s+[A-Z0-9 ]{4,7}$/u, // SYDNEY NSW 2000, MONTREAL QC H2T 2L1
  /^([\p{L}][\p{L} .'-]+?)\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/u, // LONDON SE1 8TB
  /^\d{4,6}\s+([\p{L}][\p{L} .'-]*?)(?:\s+\(?[A-Z]{2}\)?)?$/u, // 75001 PARIS, 20123 MILANO MI
  /^([\p{L}][\p{L} .'-]+?)\s+\d{5,6}$/u, // SINGAPORE 048582
  /^[\p{L} .'-]+\/([\p{L}][\p{L} .'-]+)$/u, // BEYOGLU/ISTANBUL
  /^([\p{L}][\p{L} .'-]+?),\s*HONG\s*KONG$/u, // KOWLOON, HONG KONG
];

export function findCity(lines: readonly SlipLine[], nameLine: number | null): TextReading | null {
  const from = nameLine === null ? 0 : nameLine + 1;
  for (let i = from; i < Math.min(lines.length, from + 3); i += 1) {
    const line = lines[i] as SlipLine;
    const text = line.text.replace(/\s{2,}/g, " ").trim();
    for (const pattern of CITY_PATTERNS) {
      const match = pattern.exec(text);
      if (match?.[1]) return { value: match[1].trim(), confidence: line.confidence * 0.9, line: i, reason: "address line with postcode" };
    }
  }
  // A city alone right below the name: letters only, one to three words.
  const next = nameLine === null ? undefined : lines[nameLine + 1];
  if (next && /^[\p{L}][\p{L} .'-]{2,24}$/u.test(next.text) && next.text.split(/\s+/).length <= 3 && isNameLike(next.text)) {
    return { value: next.text.trim(), confidence: next.confidence * 0.7, line: (nameLine ?? 0) + 1, reason: "line of letters below the name" };
  }
  return null;
}
