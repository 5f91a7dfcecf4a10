/**
 * OCR benchmark: reads the fixture slips (bench/ocr-fixtures) with an engine variant and scores
 * the extracted fields against the labels, per field and per quality, with seconds per image.
 *
 *   npx tsx --conditions=react-server bench/ocr.ts                       dev part, default variant, slip extractor
 *   … --variant=tess-eng-raw,tess-engchi-prep  --extractor=regex|slip|both
 *   … --sample=1        the first slip of each layout only (engine comparisons)
 *   … --workers=2       OCR jobs at once (default 1: seconds per image as one reader sees them)
 *   … --retime        measure seconds afresh (own cache folder)
 *   … --ocr-only      fill the OCR cache, score nothing
 *   … --holdout         the hold-out part — for the lead's one final scoring only
 *   … --no-card-pass  score without the second pass over the masked card number (card-second-pass.ts)
 *
 * OCR output is cached under data/ocr-cache/<variant>/ (never committed), so re-scoring an
 * extractor change costs no OCR; delete the folder to re-time a variant.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { OcrPage } from "../domain/slips/read-slip/ocr-page";
import { createOcrPool } from "../server/slip-reading/ocr-pool";
import { prepareSlipImage, type PrepareOptions } from "../server/slip-reading/prepare-image";
import { createTesseractReader } from "../server/slip-reading/tesseract-reader";
import { readCardSecondPass, withCardPass, type CardPass } from "../server/slip-reading/card-second-pass";
import type { OcrLanguage } from "../server/slip-reading/tessdata";
import { extractWithRegexes } from "./ocr-baseline";
import type { FixtureSlip } from "./ocr-fixtures/generate";
import type { LabelField } from "./ocr-fixtures/layout-kit";
import { QUALITIES, type Quality } from "./ocr-fixtures/render";

type Variant = { id: string; languages: OcrLanguage[]; prepare: PrepareOptions | null; segmentation?: "auto" | "block" };

export const VARIANTS: Variant[] = [
  { id: "tess-eng-raw", languages: ["eng"], prepare: null },
  { id: "tess-engchi-raw", languages: ["eng", "chi_sim"], prepare: null },
  { id: "tess-eng-prep", languages: ["eng"], prepare: {} },
  { id: "tess-engchi-prep", languages: ["eng", "chi_sim"], prepare: {} },
  { id: "tess-engchi-prep-nobin", languages: ["eng", "chi_sim"], prepare: { binarise: false } },
  { id: "tess-engchi-prep-block", languages: ["eng", "chi_sim"], prepare: {}, segmentation: "block" },
];
const DEFAULT_VARIANT = "tess-engchi-prep";

const SCORED: LabelField[] = [
  "merchantName", "city", "localDateTime", "amount", "currency", "cardLast4", "brand", "entryMode", "mid", "tid",
  "batch", "trace", "rrn", "approvalCode", "aid", "applicationLabel", "tvr", "tsi", "responseCode", "offlineWording",
  "dccRate", "dccHomeAmount", "dccHomeCurrency",
];
const KEY_FIELDS: LabelField[] = ["amount", "localDateTime", "currency", "cardLast4"];

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const root = path.resolve(import.meta.dirname, "..");

function squash(text: string): string {
  return text.normalize("NFKC").toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");
}

export function sameValue(field: LabelField, truth: string, got: string): boolean {
  if (field === "amount" || field === "dccHomeAmount" || field === "dccRate") return Number(truth) === Number(got);
  if (field === "merchantName" || field === "city" || field === "applicationLabel" || field === "offlineWording") return squash(truth) === squash(got);
  return truth.trim().toUpperCase() === got.trim().toUpperCase();
}

/** `card`: the second pass's last 4 (null: no card line or no 4 digits), cached beside the page. */
type Cached = { page: OcrPage; seconds: number; card?: CardPass };
const cardPassOn = !process.argv.includes("--no-card-pass");

async function ocrAll(variant: Variant, split: string, jobs: Array<{ file: string; key: string }>, workers: number): Promise<Map<string, Cached>> {
  // --retime: a separate cache, so seconds are measured fresh (one reader at a time with --workers=1).
  const dir = path.join(root, "data", "ocr-cache", process.argv.includes("--retime") ? `${variant.id}@retime` : variant.id, split);
  mkdirSync(dir, { recursive: true });
  const results = new Map<string, Cached>();
  const todo = jobs.filter((job) => {
    const cached = path.join(dir, `${job.key}.json`);
    if (!existsSync(cached)) return true;
    const entry = JSON.parse(readFileSync(cached, "utf8")) as Cached;
    results.set(job.key, entry);
    return cardPassOn && variant.prepare !== null && entry.card === undefined;
  });
  if (todo.length === 0) return results;
  const pool = createOcrPool({ size: workers, maxQueue: 10_000, createReader: () => createTesseractReader({ languages: variant.languages, segmentation: variant.segmentation }) });
  // Warm the readers so start-up (≈ 0.5–1 s) is not charged to the first images.
  await Promise.all(Array.from({ length: workers }, async () => {
    const blank = await import("sharp").then(({ default: sharp }) => sharp({ create: { width: 64, height: 32, channels: 3, background: "#fff" } }).png().toBuffer());
    return pool.read(blank);
  }));
  // One job per worker at a time, so the seconds are what a reader waits with `workers` reads under way.
  let done = 0;
  const queue = [...todo];
  await Promise.all(Array.from({ length: workers }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const bytes = readFileSync(job.file);
      const started = performance.now();
      const image = variant.prepare ? (await prepareSlipImage(bytes, variant.prepare)).png : bytes;
      const known = results.get(job.key);
      const page = known?.page ?? (await pool.read(image));
      const firstSeconds = known?.seconds ?? (performance.now() - started) / 1000;
      // The second pass runs on the prepared image, as readSlipPhoto does; its time is added.
      const cardStarted = performance.now();
      const card = cardPassOn && variant.prepare ? await readCardSecondPass(image, page, (crop) => pool.readDigits(crop)) : undefined;
      const seconds = firstSeconds + (card === undefined ? 0 : (performance.now() - cardStarted) / 1000);
      const entry: Cached = { page, seconds, ...(card === undefined ? {} : { card }) };
      writeFileSync(path.join(dir, `${job.key}.json`), JSON.stringify(entry));
      results.set(job.key, entry);
      done += 1;
      if (done % 12 === 0) process.stderr.write(`  ${variant.id}: ${done}/${todo.length}\n`);
    }
  }));
  await pool.close();
  return results;
}

type Extractor = "slip" | "regex";

type ReadSlipFields = typeof import("../domain/slips/read-slip").readSlipFields;
let readSlipFields: ReadSlipFields;

function extract(extractor: Extractor, { page, card }: Cached): Partial<Record<LabelField, string>> {
  if (extractor === "regex") return extractWithRegexes(page) as Partial<Record<LabelField, string>>;
  const first = readSlipFields(page, { now: new Date("2026-01-01T00:00:00Z") });
  const result = cardPassOn && card !== undefined ? withCardPass(first, card) : first;
  const out: Partial<Record<LabelField, string>> = {};
  for (const [name, field] of Object.entries(result.fields)) if (field) out[name as LabelField] = field.value;
  if (result.brand) out.brand = result.brand.value;
  return out;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

const pct = (n: number, d: number) => (d === 0 ? "   –  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function score(slips: FixtureSlip[], ocr: Map<string, Cached>, extractor: Extractor, verbose: boolean) {
  const perField = new Map<string, { ok: number; n: number }>();
  const perQuality = new Map<Quality, { ok: number; n: number; spurious: number }>();
  const bump = (key: string, ok: boolean) => {
    const entry = perField.get(key) ?? { ok: 0, n: 0 };
    entry.n += 1;
    if (ok) entry.ok += 1;
    perField.set(key, entry);
  };
  for (const slip of slips) {
    for (const quality of QUALITIES) {
      const cached = ocr.get(`${slip.id}-${quality}`);
      if (!cached) continue;
      const got = extract(extractor, cached);
      const q = perQuality.get(quality) ?? { ok: 0, n: 0, spurious: 0 };
      for (const field of SCORED) {
        const truth = slip.fields[field];
        const value = got[field];
        if (truth === undefined) {
          if (value !== undefined) { q.spurious += 1; if (verbose) console.log(`  ${slip.id}-${quality} ${field}: spurious ${JSON.stringify(value)}`); }
          continue;
        }
        const ok = value !== undefined && sameValue(field, truth, value);
        if (!ok && verbose) console.log(`  ${slip.id}-${quality} ${field}: want ${JSON.stringify(truth)} got ${JSON.stringify(value)}`);
        q.n += 1;
        if (ok) q.ok += 1;
        bump(`${field}|${quality}`, ok);
      }
      perQuality.set(quality, q);
    }
  }
  return { perField, perQuality };
}

async function main() {
  const split = process.argv.includes("--holdout") ? "holdout" : "dev";
  if (split === "holdout") console.log("Scoring the HOLD-OUT part (run once, at the end).");
  const variants = (arg("variant") ?? DEFAULT_VARIANT).split(",").map((id) => {
    const found = VARIANTS.find((v) => v.id === id);
    if (!found) throw new Error(`unknown variant ${id}; known: ${VARIANTS.map((v) => v.id).join(", ")}`);
    return found;
  });
  const extractors: Extractor[] = arg("extractor") === "both" ? ["regex", "slip"] : [(arg("extractor") as Extractor) ?? "slip"];
  const sample = arg("sample") ? Number(arg("sample")) : Infinity;
  const workers = Number(arg("workers") ?? 1);
  const verbose = process.argv.includes("--verbose");
  const fixtureDir = path.join(root, "bench", "ocr-fixtures", split);
  const all = JSON.parse(readFileSync(path.join(fixtureDir, "labels.json"), "utf8")) as FixtureSlip[];
  const slips = all.filter((slip) => Number(slip.id.split("-").pop()) <= sample);
  const jobs = slips.flatMap((slip) => QUALITIES.map((q) => ({ file: path.join(fixtureDir, slip.images[q]), key: `${slip.id}-${q}` })));
  console.log(`${split}: ${slips.length} slips, ${jobs.length} images, ${workers} OCR worker(s)\n`);

  if (extractors.includes("slip") && !process.argv.includes("--ocr-only")) ({ readSlipFields } = await import("../domain/slips/read-slip"));
  for (const variant of variants) {
    const ocr = await ocrAll(variant, split, jobs, workers);
    if (process.argv.includes("--ocr-only")) continue;
    for (const extractor of extractors) {
      const { perField, perQuality } = score(slips, ocr, extractor, verbose);
      console.log(`## ${variant.id} + ${extractor} extractor`);
      console.log(`quality | mean field accuracy | key fields (amount, date, currency, last 4) | spurious | s/image mean | p95`);
      for (const quality of QUALITIES) {
        const q = perQuality.get(quality);
        const secs = slips.map((s) => ocr.get(`${s.id}-${quality}`)?.seconds ?? 0);
        const keyOk = KEY_FIELDS.reduce((sum, f) => sum + (perField.get(`${f}|${quality}`)?.ok ?? 0), 0);
        const keyN = KEY_FIELDS.reduce((sum, f) => sum + (perField.get(`${f}|${quality}`)?.n ?? 0), 0);
        const mean = secs.reduce((a, b) => a + b, 0) / Math.max(1, secs.length);
        console.log(`${quality.padEnd(7)} | ${pct(q?.ok ?? 0, q?.n ?? 0)} (${q?.ok}/${q?.n}) | ${pct(keyOk, keyN)} | ${q?.spurious ?? 0} | ${mean.toFixed(2)} | ${p95(secs).toFixed(2)}`);
      }
      console.log(`\nfield | ${QUALITIES.join(" | ")}`);
      for (const field of SCORED) {
        const cells = QUALITIES.map((q) => { const e = perField.get(`${field}|${q}`); return e ? `${pct(e.ok, e.n)} (${e.n})` : "–"; });
        if (cells.every((c) => c === "–")) continue;
        console.log(`${field} | ${cells.join(" | ")}`);
      }
      console.log("");
    }
  }
}

await main();
