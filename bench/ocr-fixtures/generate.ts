/**
 * Makes the OCR fixture set: for every layout (dev and hold-out), four slips with their own
 * values, each rendered clean / photo / hard. Writes the labels (the true field values) to
 * bench/ocr-fixtures/{dev,holdout}/labels.json and the images to bench/ocr-fixtures/{dev,holdout}/images/.
 * `--layout=<id>` re-renders one layout's images (labels are always written whole).
 * Deterministic: the same files on every run on a machine with the same fonts.
 *
 *   npx tsx bench/ocr-fixtures/generate.ts [--labels-only] [--split=dev|holdout]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Printer, type Labels, type Layout } from "./layout-kit";
import { DEV_LAYOUTS } from "./layouts-dev";
import { HOLDOUT_LAYOUTS } from "./layouts-holdout";
import { QUALITIES, renderSlip, type Quality } from "./render";
import { makeRng, seedOf } from "./slip-values";

export const SLIPS_PER_LAYOUT = 4;
export const FIXTURE_ROOT = import.meta.dirname;
export type Split = "dev" | "holdout";

export type FixtureSlip = {
  id: string;
  layout: string;
  source: string;
  language: string;
  country: string;
  images: Record<Quality, string>;
  fields: Labels;
};

export function buildSlip(layout: Layout, index: number): { slip: FixtureSlip; printer: Printer } {
  const id = `${layout.id}-${index + 1}`;
  const truth = layout.make(makeRng(seedOf(id)));
  const printer = new Printer(layout.cols);
  layout.print(truth, printer);
  const images = Object.fromEntries(QUALITIES.map((q) => [q, `images/${id}-${q}.${q === "clean" ? "png" : "jpg"}`])) as Record<Quality, string>;
  const fields = Object.fromEntries(Object.entries(printer.labels).filter(([, value]) => value !== "")) as Labels;
  return { slip: { id, layout: layout.id, source: layout.source, language: layout.language, country: layout.country, images, fields }, printer };
}

export function layoutsOf(split: Split): Layout[] {
  return split === "dev" ? DEV_LAYOUTS : HOLDOUT_LAYOUTS;
}

async function generate(split: Split, labelsOnly: boolean, onlyLayout?: string): Promise<void> {
  const dir = path.join(FIXTURE_ROOT, split);
  mkdirSync(path.join(dir, "images"), { recursive: true });
  const slips: FixtureSlip[] = [];
  for (const layout of layoutsOf(split)) {
    for (let i = 0; i < SLIPS_PER_LAYOUT; i += 1) {
      const { slip, printer } = buildSlip(layout, i);
      slips.push(slip);
      if (labelsOnly || (onlyLayout && layout.id !== onlyLayout)) continue;
      for (const quality of QUALITIES) {
        const image = await renderSlip(printer.lines, layout.cols, layout.font, quality, makeRng(seedOf(`${slip.id}/${quality}`)));
        writeFileSync(path.join(dir, slip.images[quality]), image.data);
      }
    }
  }
  writeFileSync(path.join(dir, "labels.json"), JSON.stringify(slips, null, 2) + "\n");
  console.log(`${split}: ${slips.length} slips, ${slips.length * QUALITIES.length} images${labelsOnly ? " (labels only)" : ""}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const labelsOnly = process.argv.includes("--labels-only");
  const only = process.argv.find((a) => a.startsWith("--split="))?.slice("--split=".length) as Split | undefined;
  const onlyLayout = process.argv.find((a) => a.startsWith("--layout="))?.slice("--layout=".length);
  for (const split of only ? [only] : (["dev", "holdout"] as const)) await generate(split, labelsOnly, onlyLayout);
}
