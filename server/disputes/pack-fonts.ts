/**
 * The pack's fonts: Noto Sans SC Regular and Bold (SIL Open Font License 1.1, from the npm package
 * @expo-google-fonts/noto-sans-sc; docs/disputes.md "Font licence"). They cover Latin, Simplified
 * and Traditional Chinese and Japanese kana; each PDF embeds only the glyphs it uses (a subset),
 * so a pack stays small although the files are 10 MB each.
 *
 * pdf-lib is registered with upstream fontkit 2 rather than @pdf-lib/fontkit: the fork's
 * subsetter writes a broken `loca` table for CJK TrueType fonts, so most Chinese glyphs came out
 * blank (seen here with this very font; pdf-lib issue #1232). pdf-lib calls
 * `subset.encodeStream()`, which fontkit 2 replaced by `encode()`; the adapter below bridges that.
 * Files are read once per process from node_modules under the working directory (the way the
 * OCR data is found, STACK.md), not through require.resolve, which bundlers rewrite.
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import * as fontkit from "fontkit";
import type { FontkitFont } from "fontkit";

export type PackFontFiles = { regular: Uint8Array; bold: Uint8Array };

const FONT_DIR = ["node_modules", "@expo-google-fonts", "noto-sans-sc"];
let cached: PackFontFiles | null = null;

export function readPackFonts(root = process.cwd()): PackFontFiles {
  if (!cached) {
    const file = (weight: string, name: string) => new Uint8Array(readFileSync(path.join(root, ...FONT_DIR, weight, name)));
    cached = { regular: file("400Regular", "NotoSansSC_400Regular.ttf"), bold: file("700Bold", "NotoSansSC_700Bold.ttf") };
  }
  return cached;
}

/** What pdf-lib's registerFontkit wants: `create(bytes)` returning a font whose subsets stream. */
export const fontkitForPdfLib = {
  create(bytes: Uint8Array): FontkitFont {
    const font = fontkit.create(bytes);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      subset.encodeStream = () => Readable.from([Buffer.from(subset.encode())]);
      return subset;
    };
    return font;
  },
};

const parsed = new WeakMap<Uint8Array, FontkitFont>();

/** The same font parsed for glyph checks and outlines (not embedded). */
export function openFont(bytes: Uint8Array): FontkitFont {
  let font = parsed.get(bytes);
  if (!font) parsed.set(bytes, (font = fontkit.create(bytes)));
  return font;
}
