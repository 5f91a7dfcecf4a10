/**
 * The "before" extractor: what a plain regex pass over OCR text finds (the baseline, a
 * default Tesseract + regexes). Kept only to measure the slip-aware extractor against.
 */
import type { OcrPage } from "../domain/slips/read-slip/ocr-page";

type Found = Partial<Record<string, string>>;

export function extractWithRegexes(page: OcrPage): Found {
  const text = page.lines.map((l) => l.text).join("\n");
  const out: Found = {};
  const first = (re: RegExp) => re.exec(text)?.[1];
  const total = first(/TOTAL[^\d\n]*([\d.,]+)/i) ?? first(/AMOUNT[^\d\n]*([\d.,]+)/i);
  if (total) out.amount = total.replace(/,/g, "");
  const currency = first(/\b(USD|EUR|GBP|JPY|CNY|RMB|KRW|THB|HKD|TRY|VND|SGD|AUD|CAD|TWD)\b/);
  if (currency) out.currency = currency === "RMB" ? "CNY" : currency;
  const date = /(\d{2})\/(\d{2})\/(\d{2,4})/.exec(text);
  const time = /(\d{2}):(\d{2})/.exec(text);
  if (date && time) {
    const year = date[3]!.length === 2 ? `20${date[3]}` : date[3];
    out.localDateTime = `${year}-${date[1]}-${date[2]}T${time[1]}:${time[2]}`;
  }
  const last4 = first(/[*X]{4,}[\s*X]*(\d{4})\b/);
  if (last4) out.cardLast4 = last4;
  const auth = first(/AUTH(?:\s*CODE)?[:\s]+([A-Z0-9]{6})\b/i);
  if (auth) out.approvalCode = auth;
  const tid = first(/(?:TID|TERMINAL(?:\s*ID)?)[:\s]+([A-Z0-9]{8})\b/i);
  if (tid) out.tid = tid;
  const mid = first(/(?:MID|MERCHANT\s*ID)[:\s]+(\d{8,15})\b/i);
  if (mid) out.mid = mid;
  const aid = first(/\b(A0{4,}\d{5,})\b/);
  if (aid) out.aid = aid;
  const firstLine = page.lines[0]?.text.trim();
  if (firstLine) out.merchantName = firstLine;
  return out;
}
