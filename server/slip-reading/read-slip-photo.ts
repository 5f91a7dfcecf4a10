import "server-only";
/**
 * Reads a slip photo: prepare the image (prepare-image.ts), OCR it in the shared pool (one job
 * per core, FIFO, with queue position for progress), extract the slip fields (domain). Only the
 * fields, the brand, the outcome and warnings leave this module — never the OCR text — and
 * nothing is stored. This is what `POST /api/slips/read-photo` and the no-JS upload step call.
 * Engine choice: docs/decisions/0001-ocr-engine.md.
 */
import { readSlipFields, type SlipReading } from "@/domain/slips/read-slip";
import { createOcrPool, type OcrPool, type OcrProgress } from "./ocr-pool";
import { readCardSecondPass, withCardPass } from "./card-second-pass";
import { prepareSlipImage } from "./prepare-image";
import { createTesseractReader } from "./tesseract-reader";

export { OcrBusyError, type OcrProgress } from "./ocr-pool";

export type ReadSlipPhotoOptions = { now: Date; countryHint?: string; onProgress?: (progress: OcrProgress | { stage: "preparing" }) => void };
export type SlipPhotoReading = SlipReading & { timings: { prepareMs: number; ocrMs: number } };

let pool: OcrPool | null = null;

/** The process-wide pool: eng + chi_sim workers, created on first use. */
export function getSlipOcrPool(): OcrPool {
  pool ??= createOcrPool({ createReader: () => createTesseractReader({ languages: ["eng", "chi_sim"] }) });
  return pool;
}

export async function readSlipPhoto(photo: Buffer, { now, countryHint, onProgress }: ReadSlipPhotoOptions, ocr: OcrPool = getSlipOcrPool()): Promise<SlipPhotoReading> {
  onProgress?.({ stage: "preparing" });
  const started = performance.now();
  const prepared = await prepareSlipImage(photo);
  const ocrStart = performance.now();
  const page = await ocr.read(prepared.png, onProgress);
  const cardPass = await readCardSecondPass(prepared.png, page, (image) => ocr.readDigits(image));
  const reading = withCardPass(readSlipFields(page, { now, countryHint }), cardPass);
  return { ...reading, timings: { prepareMs: Math.round(ocrStart - started), ocrMs: Math.round(performance.now() - ocrStart) } };
}
