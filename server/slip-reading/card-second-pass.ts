import "server-only";
/**
 * The second pass for the masked card number: crop the last four glyphs of the card line (found
 * by domain/slips/read-slip/card-line.ts) out of the prepared image and read them again with
 * digits only. Glyphs are found by the columns of ink in the line (thermal print is monospaced,
 * so the pitch of the glyphs gives the width of four). Answers 4 digits or null; the crop holds
 * no more than the last 4, so a full card number can never come out of this pass.
 */
import sharp from "sharp";
import type { SlipReading } from "@/domain/slips/read-slip";
import { findCardLineBox } from "@/domain/slips/read-slip/card-line";
import type { OcrBox, OcrPage } from "@/domain/slips/read-slip/ocr-page";

type Strip = { data: Buffer; width: number; height: number };

/** Start and end column of each run of ink columns. */
function glyphRuns(strip: Strip): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let x = 0; x < strip.width; x += 1) {
    let ink = false;
    for (let y = 0; y < strip.height && !ink; y += 1) ink = (strip.data[y * strip.width + x] ?? 255) < 128;
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      runs.push([start, x - 1]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, strip.width - 1]);
  return runs;
}

/** The image of the last four glyphs of the line, padded and enlarged for OCR; null when it cannot tell. */
export async function cropLastFourGlyphs(prepared: Buffer, box: OcrBox): Promise<Buffer | null> {
  const meta = await sharp(prepared).metadata();
  if (!meta.width || !meta.height) return null;
  const pad = 3;
  const top = Math.max(0, box.y0 - pad);
  const height = Math.min(meta.height, box.y1 + pad) - top;
  const left = Math.max(0, box.x0 - pad);
  const width = Math.min(meta.width, box.x1 + 2 * pad) - left;
  if (width < 8 || height < 8) return null;
  const { data, info } = await sharp(prepared).extract({ left, top, width, height }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const runs = glyphRuns({ data, width: info.width, height: info.height }).filter(([a, b]) => b - a >= 1);
  if (runs.length < 4) return null;
  const starts = runs.map(([a]) => a);
  const steps = starts.slice(1).map((s, i) => s - (starts[i] as number)).sort((a, b) => a - b);
  const pitch = steps[Math.floor(steps.length / 2)] ?? 0;
  if (pitch < 4) return null;
  const right = Math.min(info.width, (runs.at(-1) as [number, number])[1] + 2);
  const from = Math.max(0, Math.round(right - 4 * pitch - pitch * 0.35));
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
    .extract({ left: from, top: 0, width: right - from, height: info.height })
    .extend({ top: 12, bottom: 12, left: 16, right: 16, background: "#ffffff" })
    .resize({ height: (info.height + 24) * 2 })
    .png()
    .toBuffer();
}

/** Exactly four digits read from the crop, or null. */
export function lastFourOf(text: string): string | null {
  const digits = text.replace(/\s/g, "");
  return /^\d{4}$/.test(digits) ? digits : null;
}

export type DigitsReading = { text: string; confidence: number };
export type CardPass = { value: string; confidence: number } | null;

/** Runs the second pass over a page already read from `prepared`; null when there is no card line or no 4 digits. */
export async function readCardSecondPass(prepared: Buffer, page: OcrPage, readDigits: (image: Buffer) => Promise<DigitsReading>): Promise<CardPass> {
  const box = findCardLineBox(page);
  if (!box) return null;
  // A second pass that cannot crop leaves the first pass's reading as it is; it never fails the read.
  const crop = await cropLastFourGlyphs(prepared, box).catch(() => null);
  if (!crop) return null;
  const { text, confidence } = await readDigits(crop);
  const value = lastFourOf(text);
  return value ? { value, confidence: Math.max(0, Math.min(1, confidence / 100)) } : null;
}

/** The second pass's last 4 replaces the first's (which the mask spoils); agreeing, it is surer. */
export function withCardPass<R extends Pick<SlipReading, "fields">>(reading: R, pass: CardPass): R {
  if (!pass) return reading;
  const first = reading.fields.cardLast4;
  const agree = first?.value === pass.value;
  const confidence = Math.round(Math.min(1, agree ? Math.max(first.confidence, pass.confidence) + 0.05 : pass.confidence * 0.9) * 100) / 100;
  return { ...reading, fields: { ...reading.fields, cardLast4: { value: pass.value, confidence, reason: "second pass, digits only, on the end of the masked card line" } } };
}
