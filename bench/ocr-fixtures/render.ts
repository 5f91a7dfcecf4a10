/**
 * Renders a printed slip to an image with sharp, in three qualities:
 * - clean: a flat scan of the thermal paper (the print's dots, slightly soft), PNG;
 * - photo: a phone photo on a table — slight rotation (1–4°), a little perspective (shear),
 *   uneven light, lighter print, sensor noise, soft focus, JPEG;
 * - hard: faded thermal print, a crease across the paper, stronger blur and light fall-off,
 *   6–10° rotation, smaller text, heavier JPEG.
 * The text is drawn from SVG with monospace fonts found by fontconfig (see SOURCES.md for the
 * fonts and their licences); rendered at printer-dot scale, then enlarged without smoothing so
 * glyph edges keep the blocky look of a thermal head.
 */
import sharp from "sharp";
import type { PrintedLine } from "./layout-kit";
import type { Rng } from "./slip-values";

export type Quality = "clean" | "photo" | "hard";
export const QUALITIES: Quality[] = ["clean", "photo", "hard"];

const BASE_FONT = 22;
const CHAR_WIDTH = 0.6;
const MARGIN = 26;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function slipSvg(lines: PrintedLine[], cols: number, font: string): { svg: string; width: number; height: number } {
  const width = Math.round(cols * BASE_FONT * CHAR_WIDTH + MARGIN * 2);
  let y = MARGIN + 8;
  const parts: string[] = [];
  const family = `${font}, DejaVu Sans Mono, monospace`;
  for (const line of lines) {
    const size = BASE_FONT * (line.size ?? 1);
    y += size * 1.18;
    const weight = line.bold ? "bold" : "normal";
    const attrs = `font-family="${family}" font-size="${size.toFixed(1)}" font-weight="${weight}" fill="#000" xml:space="preserve"`;
    if (line.center !== undefined) parts.push(`<text x="${width / 2}" y="${y.toFixed(1)}" text-anchor="middle" ${attrs}>${escapeXml(line.center)}</text>`);
    if (line.left !== undefined && line.left !== "") parts.push(`<text x="${MARGIN}" y="${y.toFixed(1)}" ${attrs}>${escapeXml(line.left)}</text>`);
    if (line.right !== undefined && line.right !== "") parts.push(`<text x="${width - MARGIN}" y="${y.toFixed(1)}" text-anchor="end" ${attrs}>${escapeXml(line.right)}</text>`);
  }
  const height = Math.round(y + MARGIN * 3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${parts.join("")}</svg>`;
  return { svg, width, height };
}

/** The paper as printed, greyscale, at 2× printer-dot scale. */
async function renderPaper(lines: PrintedLine[], cols: number, font: string): Promise<{ data: Buffer; width: number; height: number }> {
  const { svg, width, height } = slipSvg(lines, cols, font);
  const data = await sharp(Buffer.from(svg))
    .greyscale()
    .resize(width * 2, height * 2, { kernel: "nearest" })
    .blur(0.6)
    .png()
    .toBuffer();
  return { data, width: width * 2, height: height * 2 };
}

function between(rng: Rng, low: number, high: number): number {
  return low + rng() * (high - low);
}

/** Grey noise as a PNG, to overlay with "soft-light". */
async function noise(rng: Rng, width: number, height: number, amount: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height);
  for (let i = 0; i < raw.length; i += 1) raw[i] = Math.max(0, Math.min(255, Math.round(128 + (rng() - 0.5) * 2 * amount)));
  return sharp(raw, { raw: { width, height, channels: 1 } }).png().toBuffer();
}

function lightSvg(width: number, height: number, cx: number, cy: number, edge: number): Buffer {
  const shade = Math.round(255 * edge);
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><radialGradient id="g" cx="${cx}" cy="${cy}" r="0.85">` +
    `<stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="rgb(${shade},${shade},${shade})"/></radialGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
}

function creaseSvg(width: number, height: number, rng: Rng): Buffer {
  const y1 = between(rng, 0.3, 0.7) * height;
  const y2 = y1 + between(rng, -0.15, 0.15) * height;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<line x1="0" y1="${y1}" x2="${width}" y2="${y2}" stroke="rgb(150,150,150)" stroke-width="9" stroke-opacity="0.55"/>` +
    `<line x1="0" y1="${y1 + 5}" x2="${width}" y2="${y2 + 5}" stroke="rgb(255,255,255)" stroke-width="6" stroke-opacity="0.9"/></svg>`,
  );
}

type Degrade = { fade: [number, number]; angle: [number, number]; shear: number; light: number; blur: number; noise: number; scale: number; quality: number; crease: boolean };

const DEGRADE: Record<Exclude<Quality, "clean">, Degrade> = {
  photo: { fade: [0.8, 45], angle: [1, 4], shear: 0.025, light: 0.72, blur: 0.9, noise: 14, scale: 0.92, quality: 78, crease: false },
  hard: { fade: [0.5, 120], angle: [6, 10], shear: 0.035, light: 0.6, blur: 1.5, noise: 22, scale: 0.78, quality: 64, crease: true },
};

async function photograph(paper: { data: Buffer; width: number; height: number }, rng: Rng, d: Degrade): Promise<Buffer> {
  // Faded print: black becomes grey, the paper stays white.
  let sheet = await sharp(paper.data).linear(d.fade[0], d.fade[1]).png().toBuffer();
  if (d.crease) sheet = await sharp(sheet).composite([{ input: creaseSvg(paper.width, paper.height, rng), blend: "multiply" }]).png().toBuffer();
  const angle = between(rng, d.angle[0], d.angle[1]) * (rng() < 0.5 ? -1 : 1);
  const shearX = between(rng, -d.shear, d.shear);
  const shearY = between(rng, -d.shear / 2, d.shear / 2);
  const tilted = await sharp(sheet)
    .ensureAlpha()
    .affine([[1, shearX], [shearY, 1]], { background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .rotate(angle, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer({ resolveWithObject: true });
  const padX = Math.round(paper.width * between(rng, 0.12, 0.22));
  const padY = Math.round(paper.height * between(rng, 0.05, 0.1));
  const width = tilted.info.width + padX * 2;
  const height = tilted.info.height + padY * 2;
  const table = { r: Math.round(between(rng, 90, 150)), g: Math.round(between(rng, 80, 130)), b: Math.round(between(rng, 60, 110)) };
  const scene = await sharp({ create: { width, height, channels: 3, background: table } })
    .composite([
      { input: tilted.data, left: padX, top: padY },
      { input: lightSvg(width, height, between(rng, 0.25, 0.75), between(rng, 0.2, 0.6), d.light), blend: "multiply" },
      { input: await noise(rng, width, height, d.noise), blend: "soft-light" },
    ])
    .png()
    .toBuffer();
  return sharp(scene)
    .blur(d.blur)
    .resize(Math.round(width * d.scale))
    .jpeg({ quality: d.quality, mozjpeg: true })
    .toBuffer();
}

export async function renderSlip(lines: PrintedLine[], cols: number, font: string, quality: Quality, rng: Rng): Promise<{ data: Buffer; ext: "png" | "jpg" }> {
  const paper = await renderPaper(lines, cols, font);
  if (quality === "clean") return { data: await sharp(paper.data).png({ palette: true, colours: 16 }).toBuffer(), ext: "png" };
  return { data: await photograph(paper, rng, DEGRADE[quality]), ext: "jpg" };
}
