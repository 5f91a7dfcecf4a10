/**
 * Test support for the pack: renders PDF pages with Debian's pdftoppm (poppler-utils) into
 * greyscale pixels and reads text with pdftotext, so a test can check what a reader would see.
 * `hasPoppler` tells whether the tools are installed; tests that need them skip, saying so,
 * when they are not (`apt-get install -y poppler-utils`). Not used by the app.
 */
import "server-only";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function hasPoppler(): boolean {
  const probe = spawnSync("pdftoppm", ["-v"], { encoding: "utf8" });
  return !probe.error && /pdftoppm/i.test(`${probe.stdout}${probe.stderr}`);
}

export type Gray = { width: number; height: number; pixels: Uint8Array };

function withFile<T>(bytes: Uint8Array, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "sliptrack-pack-"));
  try {
    const file = path.join(dir, "in.pdf");
    writeFileSync(file, bytes);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One page (1-based) at `dpi`, cropped to a box given in PDF points from the page's top-left corner. */
export function renderGray(bytes: Uint8Array, page: number, dpi: number, box: { x: number; top: number; width: number; height: number }): Gray {
  return withFile(bytes, (file, dir) => {
    const k = dpi / 72;
    const args = ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), "-x", String(Math.round(box.x * k)), "-y", String(Math.round(box.top * k)),
      "-W", String(Math.round(box.width * k)), "-H", String(Math.round(box.height * k)), "-singlefile", file, path.join(dir, "out")];
    const result = spawnSync("pdftoppm", args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
    return parsePgm(readFileSync(path.join(dir, "out.pgm")));
  });
}

export function extractText(bytes: Uint8Array): string {
  return withFile(bytes, (file) => {
    const result = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
    return result.stdout;
  });
}

function parsePgm(data: Buffer): Gray {
  // "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PGM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)) };
}

/** Dark pixels (below mid-grey) as a set of indices. */
export function inkOf(image: Gray): Set<number> {
  const ink = new Set<number>();
  image.pixels.forEach((value, i) => value < 128 && ink.add(i));
  return ink;
}

/**
 * How well two renderings of the same area agree: the share of each one's ink that has ink of
 * the other within one pixel, the smaller of the two (1 = same shapes; a row of boxes against
 * characters scores low because most box outline pixels have no stroke beside them).
 */
export function compareInk(a: Gray, b: Gray): number {
  const inkA = inkOf(a);
  const inkB = inkOf(b);
  const near = (ink: Set<number>, i: number, width: number) => {
    const x = i % width;
    for (let dy = -1; dy <= 1; dy += 1) for (let dx = -1; dx <= 1; dx += 1) if (x + dx >= 0 && x + dx < width && ink.has(i + dy * width + dx)) return true;
    return false;
  };
  const share = (from: Set<number>, to: Set<number>) => (from.size === 0 ? 0 : [...from].filter((i) => near(to, i, a.width)).length / from.size);
  return Math.min(share(inkA, inkB), share(inkB, inkA));
}
