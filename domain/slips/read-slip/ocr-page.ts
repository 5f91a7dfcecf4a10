/**
 * What an OCR engine hands the slip extractor: the page as lines of words, each with the
 * engine's confidence (0–100) and its box in image pixels. The extractor needs nothing else, so
 * any engine (Tesseract, PaddleOCR, a test fixture typed by hand) can feed it.
 * See docs/slips.md#reading-a-slip-photo.
 */

export type OcrBox = { x0: number; y0: number; x1: number; y1: number };
export type OcrWord = { text: string; confidence: number; box: OcrBox };
export type OcrLine = { text: string; confidence: number; box: OcrBox; words: OcrWord[] };
export type OcrPage = { lines: OcrLine[] };

/** A page made from plain text lines (one word per space-separated token), for tests and text input. */
export function pageFromText(text: string, confidence = 95): OcrPage {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "").map((line, index): OcrLine => {
    const y0 = index * 30;
    let x = 0;
    const words = line.trim().split(/\s+/).map((word): OcrWord => {
      const box = { x0: x, y0, x1: x + word.length * 12, y1: y0 + 24 };
      x = box.x1 + 12;
      return { text: word, confidence, box };
    });
    return { text: line.trim(), confidence, box: { x0: 0, y0, x1: x, y1: y0 + 24 }, words };
  });
  return { lines };
}
