import "server-only";
/**
 * One Tesseract worker (tesseract.js 7: WebAssembly in a worker thread) that turns an image into
 * the extractor's `OcrPage`. Nothing is fetched: the core comes with the npm package and the
 * language data from tessdata.ts; `cacheMethod: "none"` stops tesseract.js writing a copy of the
 * data into the working directory. Chinese output has a space between every character; it is
 * removed between CJK characters so words like 合计 survive.
 */
import { createWorker, OEM, PSM, type Worker } from "tesseract.js";
import type { OcrLine, OcrPage, OcrWord } from "@/domain/slips/read-slip/ocr-page";
import { resolveLangPath, type OcrLanguage } from "./tessdata";

export type TesseractOptions = {
  languages: readonly OcrLanguage[];
  /** Page segmentation: "auto" (Tesseract's default, PSM 3) or "block" (one uniform block, PSM 6). */
  segmentation?: "auto" | "block" | "column";
};

export type OcrReader = {
  read(image: Buffer): Promise<OcrPage>;
  /** One line of digits only (the card number's last 4, card-second-pass.ts). */
  readDigits(image: Buffer): Promise<{ text: string; confidence: number }>;
  close(): Promise<void>;
};

const CJK_GAP = /([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60\u3000-\u303f])\s+(?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60\u3000-\u303f])/g;

export function joinCjk(text: string): string {
  return text.replace(CJK_GAP, "$1");
}

const PSM_OF = { auto: PSM.AUTO, block: PSM.SINGLE_BLOCK, column: PSM.SINGLE_COLUMN } as const;

type TesseractLine = { text: string; confidence: number; bbox: OcrLine["box"]; words: Array<{ text: string; confidence: number; bbox: OcrLine["box"] }> };

function toPage(blocks: Array<{ paragraphs: Array<{ lines: TesseractLine[] }> }> | null): OcrPage {
  const lines: OcrLine[] = [];
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words: OcrWord[] = line.words.map((word) => ({ text: word.text, confidence: word.confidence, box: word.bbox }));
        const text = joinCjk(line.text.replace(/\s+$/u, "").trim());
        if (text !== "") lines.push({ text, confidence: line.confidence, box: line.bbox, words });
      }
    }
  }
  lines.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  return { lines };
}

export async function createTesseractReader(options: TesseractOptions): Promise<OcrReader> {
  const worker: Worker = await createWorker([...options.languages], OEM.LSTM_ONLY, {
    langPath: resolveLangPath(options.languages),
    gzip: true,
    cacheMethod: "none",
  });
  await worker.setParameters({
    tessedit_pageseg_mode: PSM_OF[options.segmentation ?? "auto"],
    preserve_interword_spaces: "1",
  });
  return {
    async read(image) {
      const result = await worker.recognize(image, {}, { blocks: true, text: false });
      return toPage(result.data.blocks as unknown as Parameters<typeof toPage>[0]);
    },
    async readDigits(image) {
      await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE, tessedit_char_whitelist: "0123456789" });
      try {
        const result = await worker.recognize(image, {}, { text: true });
        return { text: result.data.text.trim(), confidence: result.data.confidence };
      } finally {
        await worker.setParameters({ tessedit_pageseg_mode: PSM_OF[options.segmentation ?? "auto"], tessedit_char_whitelist: "" });
      }
    },
    async close() {
      await worker.terminate();
    },
  };
}
