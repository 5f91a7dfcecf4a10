/**
 * Makes every PNG icon of the web app manifest (and the apple-touch-icon) from the one source
 * image public/icons/icon.svg, with sharp. The outputs are committed (public/ is served as is);
 * run `node scripts/make-icons.mjs` after changing the SVG — scripts/make-icons.test.ts fails
 * when a committed PNG is missing or has the wrong size.
 *   any:      192 and 512 px (Chromium's install criteria ask for both)
 *   maskable: 512 px on a full-bleed background (the source keeps its drawing in the safe zone)
 *   apple-touch-icon: 180 px, opaque (iOS fills transparency with black)
 *   favicon:  32 px
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

export const iconDir = path.resolve(import.meta.dirname, "..", "public", "icons");
export const iconSizes = [
  { file: "icon-192.png", size: 192 },
  { file: "icon-512.png", size: 512 },
  { file: "icon-maskable-512.png", size: 512 },
  { file: "apple-touch-icon.png", size: 180 },
  { file: "favicon-32.png", size: 32 },
];

export async function makeIcons(outDir = iconDir) {
  mkdirSync(outDir, { recursive: true });
  const source = path.join(iconDir, "icon.svg");
  for (const { file, size } of iconSizes) {
    // density scales the SVG's 512-unit canvas so small sizes are rendered, not downscaled blurs.
    await sharp(source, { density: Math.max(72, (72 * size) / 512) * 4 })
      .resize(size, size)
      .flatten({ background: "#0f766e" })
      .png({ compressionLevel: 9 })
      .toFile(path.join(outDir, file));
  }
  return iconSizes.map(({ file }) => path.join(outDir, file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await makeIcons();
  for (const file of files) process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
