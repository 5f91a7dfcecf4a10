/**
 * Hashes the inline scripts of every page `next build` prerendered (the offline pages, the global
 * error page) into <dist>/sliptrack-csp-hashes.json, `{ "/en/offline": ["sha256-…"] }`. proxy.ts
 * allows exactly these scripts on exactly those paths (server/http/content-security-policy.ts): a
 * prerendered page cannot carry a per-request nonce. The hash is over the script element's text
 * as it stands in the HTML, which is what a browser hashes.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (match[1].length === 0) continue;
    hashes.add(`sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}`);
  }
  return [...hashes];
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

export function writeStaticScriptHashes(distDir) {
  const appDir = path.join(distDir, "server", "app");
  const table = {};
  for (const file of htmlFiles(appDir)) {
    const route = "/" + path.relative(appDir, file).replace(/\.html$/, "").split(path.sep).join("/");
    table[route === "/index" ? "/" : route] = inlineScriptHashes(readFileSync(file, "utf8"));
  }
  writeFileSync(path.join(distDir, "sliptrack-csp-hashes.json"), JSON.stringify(table, null, 1) + "\n");
  return Object.keys(table).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, "..");
  console.log(writeStaticScriptHashes(path.join(root, process.env.NEXT_DIST_DIR || ".next")));
}
