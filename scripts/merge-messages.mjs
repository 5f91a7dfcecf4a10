/**
 * Folds a namespace written in its own files (messages/<ns>/<locale>.json, handy while a
 * feature is built in parallel) into the main catalogues messages/<locale>.json, then removes
 * the folder. Usage: node scripts/merge-messages.mjs <ns>
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const ns = process.argv[2];
if (!ns) throw new Error("usage: merge-messages.mjs <namespace>");
const dir = path.join(import.meta.dirname, "..", "messages");
for (const locale of ["en", "zh-CN"]) {
  const mainFile = path.join(dir, `${locale}.json`);
  const main = JSON.parse(readFileSync(mainFile, "utf8"));
  const part = JSON.parse(readFileSync(path.join(dir, ns, `${locale}.json`), "utf8"));
  main[ns] = { ...(main[ns] ?? {}), ...part };
  writeFileSync(mainFile, JSON.stringify(main, null, 2) + "\n");
}
rmSync(path.join(dir, ns), { recursive: true });
console.log(`merged messages/${ns} into messages/en.json and messages/zh-CN.json`);
