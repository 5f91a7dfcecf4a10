/**
 * Writes a Brotli (quality 11) twin next to every JS and CSS file of the build's static folder,
 * for server.mjs to send to browsers that accept br. Run after `next build` (scripts/lib.mjs
 * does); the files are immutable, so the slow, best compression is paid once, not per request.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

export function precompressStatic(distDir) {
  const staticDir = path.join(distDir, "static");
  let files = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|css)$/.test(entry.name)) {
        const source = readFileSync(full);
        const compressed = brotliCompressSync(source, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
        });
        writeFileSync(`${full}.br`, compressed);
        files++;
      }
    }
  };
  walk(staticDir);
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = path.resolve(import.meta.dirname, "..", process.env.NEXT_DIST_DIR || ".next");
  console.log(`precompressed ${precompressStatic(distDir)} files in ${distDir}/static`);
}
