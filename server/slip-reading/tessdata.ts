import "server-only";
/**
 * Where Tesseract's language data comes from: the npm packages @tesseract.js-data/<lang>
 * (LSTM "best_int" models, gzipped), never a download. tesseract.js takes one `langPath` for all
 * languages, so for several languages a folder of links to each package's file is made once
 * under the OS temp folder. Paths are resolved from process.cwd() (the app root under `next
 * start`), not require.resolve, which Next's bundler rewrites. See docs/decisions/0001-ocr-engine.md.
 */
import { existsSync, mkdirSync, symlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type OcrLanguage = "eng" | "chi_sim";

function dataFile(language: OcrLanguage, root: string): string {
  return path.join(root, "node_modules", "@tesseract.js-data", language, "4.0.0_best_int", `${language}.traineddata.gz`);
}

/** A folder holding `<lang>.traineddata.gz` for every language asked for; throws when a package is missing. */
export function resolveLangPath(languages: readonly OcrLanguage[], root = process.cwd()): string {
  const files = languages.map((language) => {
    const file = dataFile(language, root);
    if (!existsSync(file)) throw new Error(`OCR language data missing: ${file} (npm package @tesseract.js-data/${language})`);
    return { language, file };
  });
  const [only] = files;
  if (files.length === 1 && only) return path.dirname(only.file);
  const folder = path.join(tmpdir(), `sliptrack-tessdata-${languages.join("+")}`);
  mkdirSync(folder, { recursive: true });
  for (const { language, file } of files) {
    const link = path.join(folder, `${language}.traineddata.gz`);
    if (existsSync(link)) continue;
    rmSync(link, { force: true }); // a dangling link from an older install
    symlinkSync(file, link);
  }
  return folder;
}
