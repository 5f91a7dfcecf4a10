/**
 * Where the masked card number is on the page, for a second OCR pass over its last 4 digits.
 * Tesseract reads a run of `*`/`X` as letters (kkkk, HHH) and, because its LSTM reads a line as
 * one sequence, the digits after the run come out spoiled too ("g330" for 4330, "21710" for
 * 2110). So the server crops the end of this line and reads it again with digits only
 * (server/slip-reading/card-second-pass.ts). Pure: boxes in, box out.
 */
import type { OcrBox, OcrPage } from "./ocr-page";
import { CARD_LABELS } from "./vocabulary";

/** Four or more mask characters, or what OCR makes of them, optionally spaced. */
const MASK_RUN = /(?:[*xX#•·●kKhHwW+%¥][\s-]?){4,}/u;
/** Lines of stars around a heading ("*** CUSTOMER COPY ***") are not card numbers. */
const HEADING = /COPY|CUSTOMER|MERCHANT|CARDHOLDER|签购单|存根|RECEIPT/u;

export function findCardLineBox(page: OcrPage): OcrBox | null {
  let best: { box: OcrBox; score: number } | null = null;
  for (const [i, line] of page.lines.entries()) {
    const text = line.text.normalize("NFKC").toUpperCase();
    if (HEADING.test(text)) continue;
    const mask = MASK_RUN.exec(line.text.normalize("NFKC"));
    const previous = page.lines[i - 1]?.text.normalize("NFKC").toUpperCase() ?? "";
    const labelled = CARD_LABELS.test(text) || (mask !== null && CARD_LABELS.test(previous));
    // A label line counts only when something follows its label (the number, or its remains).
    const afterLabel = CARD_LABELS.test(text) ? text.slice((CARD_LABELS.exec(text)?.index ?? 0)).replace(CARD_LABELS, "").replace(/[\s:：()#.]/gu, "") : "";
    if (!mask && !(labelled && afterLabel.length > 0)) continue;
    const score = (mask ? mask[0].replace(/[\s-]/g, "").length : 0) + (labelled ? 4 : 0);
    if (!best || score > best.score) best = { box: line.box, score };
  }
  return best?.box ?? null;
}
