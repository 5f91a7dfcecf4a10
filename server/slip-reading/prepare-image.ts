import "server-only";
/**
 * Makes a phone photo of a thermal slip easy for OCR (sharp plus a few passes over raw pixels):
 * 1. orientation from EXIF, greyscale;
 * 2. deskew: the angle whose horizontal projection of dark (ink) pixels is most peaked, ±12°;
 * 3. crop to the paper: the rows and columns that are mostly bright after deskew;
 * 4. scale so printed text is ~30 px high (small text up, huge photos down — Tesseract is both
 *    more accurate and faster at that size);
 * 5. contrast: divide by a blurred copy (flattens uneven light), then an adaptive threshold, so
 *    faded grey thermal print becomes black on white.
 * Every step reports what it did (`steps`), for the benchmark and the logs; the pixels are only
 * ever held in memory.
 */
import sharp, { type Sharp } from "sharp";

export type PrepareOptions = { deskew?: boolean; crop?: boolean; scale?: boolean; binarise?: boolean };
export type PreparedImage = { png: Buffer; width: number; height: number; steps: { angle: number; crop: boolean; scale: number; binarised: boolean } };

const ANALYSIS_SIZE = 900;
const TARGET_LINE_PX = 24;

type Grey = { data: Buffer; width: number; height: number };

async function toGrey(image: Sharp, maxSide?: number): Promise<Grey> {
  const pipeline = maxSide ? image.clone().resize(maxSide, maxSide, { fit: "inside" }) : image.clone();
  const { data, info } = await pipeline.greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Otsu's threshold of a greyscale buffer. */
export function otsu(data: Uint8Array): number {
  const histogram = new Array<number>(256).fill(0);
  for (const value of data) histogram[value] = (histogram[value] ?? 0) + 1;
  let sum = 0;
  for (let i = 0; i < 256; i += 1) sum += i * (histogram[i] ?? 0);
  let sumB = 0, weightB = 0, best = 0, threshold = 128;
  for (let i = 0; i < 256; i += 1) {
    weightB += histogram[i] ?? 0;
    if (weightB === 0) continue;
    const weightF = data.length - weightB;
    if (weightF === 0) break;
    sumB += i * (histogram[i] ?? 0);
    const meanB = sumB / weightB;
    const meanF = (sum - sumB) / weightF;
    const between = weightB * weightF * (meanB - meanF) ** 2;
    if (between > best) [best, threshold] = [between, i];
  }
  return threshold;
}

/** Ink pixels: darker than their neighbourhood by a clear margin (works under uneven light). */
function inkPoints(grey: Grey, background: Buffer): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  const step = Math.max(1, Math.floor((grey.width * grey.height) / 250_000));
  for (let i = 0; i < grey.data.length; i += step) {
    const value = grey.data[i] ?? 255;
    const bg = background[i] ?? 255;
    if (bg > 110 && value < bg * 0.7) points.push([i % grey.width, Math.floor(i / grey.width)]);
  }
  return points;
}

function projectionScore(points: Array<[number, number]>, degrees: number, height: number): number {
  const rad = (degrees * Math.PI) / 180;
  const sin = Math.sin(rad), cos = Math.cos(rad);
  const offset = height;
  const bins = new Float64Array(height * 3);
  for (const [x, y] of points) {
    const bin = Math.round(y * cos - x * sin) + offset;
    if (bin >= 0 && bin < bins.length) bins[bin] = (bins[bin] ?? 0) + 1;
  }
  let score = 0;
  for (const count of bins) score += count * count;
  return score;
}

/** The text's tilt in degrees (positive: lines run down to the right). */
export function estimateSkew(points: Array<[number, number]>, height: number): number {
  if (points.length < 200) return 0;
  let best = 0, bestScore = -1;
  for (let a = -12; a <= 12; a += 0.5) {
    const score = projectionScore(points, a, height);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  const coarse = best;
  for (let a = coarse - 0.5; a <= coarse + 0.5; a += 0.1) {
    const score = projectionScore(points, a, height);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  return Math.round(best * 10) / 10;
}

/** Bounding box of the paper: rows/columns where most pixels are bright (Otsu split). */
function paperBox(grey: Grey): { left: number; top: number; width: number; height: number } | null {
  const threshold = otsu(grey.data);
  const rowBright = new Array<number>(grey.height).fill(0);
  const colBright = new Array<number>(grey.width).fill(0);
  for (let y = 0; y < grey.height; y += 1) {
    for (let x = 0; x < grey.width; x += 1) {
      if ((grey.data[y * grey.width + x] ?? 0) > threshold) {
        rowBright[y] = (rowBright[y] ?? 0) + 1;
        colBright[x] = (colBright[x] ?? 0) + 1;
      }
    }
  }
  const span = (counts: number[], total: number) => {
    const limit = total * 0.35;
    const first = counts.findIndex((c) => c > limit);
    let last = -1;
    for (let i = counts.length - 1; i >= 0; i -= 1) if ((counts[i] ?? 0) > limit) { last = i; break; }
    return first < 0 ? null : [first, last] as const;
  };
  const rows = span(rowBright, grey.width);
  const cols = span(colBright, grey.height);
  if (!rows || !cols) return null;
  const box = { left: cols[0], top: rows[0], width: cols[1] - cols[0] + 1, height: rows[1] - rows[0] + 1 };
  // Nothing to crop when the paper already fills the frame (a scan).
  return box.width * box.height > grey.width * grey.height * 0.93 ? null : box;
}

/** Median height of runs of text rows in a binary-ish image: the printed line height. */
function lineHeight(grey: Grey, background: Buffer): number {
  const rows = new Array<number>(grey.height).fill(0);
  for (let i = 0; i < grey.data.length; i += 1) {
    if ((grey.data[i] ?? 255) < (background[i] ?? 255) * 0.7) { const row = Math.floor(i / grey.width); rows[row] = (rows[row] ?? 0) + 1; }
  }
  const runs: number[] = [];
  let run = 0;
  for (const count of rows) {
    if (count > grey.width * 0.01) run += 1;
    else if (run > 0) { if (run > 3) runs.push(run); run = 0; }
  }
  if (runs.length === 0) return TARGET_LINE_PX;
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] ?? TARGET_LINE_PX;
}

async function backgroundOf(grey: Grey, sigma: number): Promise<Buffer> {
  return sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } }).blur(sigma).toColourspace("b-w").raw().toBuffer();
}

export async function prepareSlipImage(input: Buffer, options: PrepareOptions = {}): Promise<PreparedImage> {
  const { deskew = true, crop = true, scale = true, binarise = true } = options;
  let image = sharp(input, { failOn: "none", limitInputPixels: 40_000_000 }).rotate().greyscale();
  const meta = await image.clone().png().toBuffer({ resolveWithObject: true });
  image = sharp(meta.data);
  let width = meta.info.width, height = meta.info.height;

  let angle = 0;
  if (deskew) {
    const small = await toGrey(image, ANALYSIS_SIZE);
    angle = estimateSkew(inkPoints(small, await backgroundOf(small, 12)), small.height);
    if (Math.abs(angle) >= 0.3) {
      const rotated = await image.rotate(-angle, { background: "#808080" }).png().toBuffer({ resolveWithObject: true });
      image = sharp(rotated.data);
      [width, height] = [rotated.info.width, rotated.info.height];
    }
  }

  let cropped = false;
  if (crop) {
    const small = await toGrey(image, ANALYSIS_SIZE);
    const box = paperBox(small);
    if (box) {
      const k = width / small.width;
      const left = Math.max(0, Math.floor(box.left * k)), top = Math.max(0, Math.floor(box.top * k));
      const w = Math.min(width - left, Math.ceil(box.width * k)), h = Math.min(height - top, Math.ceil(box.height * k));
      const out = await image.extract({ left, top, width: w, height: h }).png().toBuffer({ resolveWithObject: true });
      image = sharp(out.data);
      [width, height, cropped] = [out.info.width, out.info.height, true];
    }
  }

  let factor = 1;
  if (scale) {
    const full = await toGrey(image);
    const measured = lineHeight(full, await backgroundOf(full, 20));
    factor = Math.min(2.5, Math.max(0.4, TARGET_LINE_PX / measured));
    if (Math.abs(factor - 1) > 0.12) {
      const out = await image.resize(Math.round(width * factor)).png().toBuffer({ resolveWithObject: true });
      image = sharp(out.data);
      [width, height] = [out.info.width, out.info.height];
    } else factor = 1;
  }

  if (!binarise) {
    const png = await image.normalise().png().toBuffer();
    return { png, width, height, steps: { angle, crop: cropped, scale: factor, binarised: false } };
  }
  const grey = await toGrey(image);
  const background = await backgroundOf(grey, Math.max(8, width / 40));
  const out = Buffer.alloc(grey.data.length);
  for (let i = 0; i < out.length; i += 1) {
    const bg = Math.max(1, background[i] ?? 255);
    // Ink is darker than the local paper by ≥ 18 %; faded thermal print still is.
    out[i] = (grey.data[i] ?? 255) < bg * 0.82 ? 0 : 255;
  }
  const png = await sharp(out, { raw: { width: grey.width, height: grey.height, channels: 1 } }).png().toBuffer();
  return { png, width, height, steps: { angle, crop: cropped, scale: factor, binarised: true } };
}
