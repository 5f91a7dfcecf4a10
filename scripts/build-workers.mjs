/**
 * Bundles the server's worker threads with esbuild (already in the tree, pinned) into the build:
 * <dist>/sliptrack-workers/recompute.mjs, the tracking recompute off the event loop
 * (server/tracking/recompute-pool.ts). Next does not bundle a worker_threads entry, so this step
 * runs right after `next build` (scripts/lib.mjs ensureBuilt). Native and server-external
 * packages stay external and load from node_modules, as they do for Next's own server bundle.
 */
import path from "node:path";
import { build } from "esbuild";

const WORKER_EXTERNALS = [
  "better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pino", "nodemailer", "sharp", "@node-rs/argon2", "next", "next/*", "next-intl", "next-intl/*",
];

export async function buildWorkers(root, distDir) {
  await build({
    entryPoints: { recompute: path.join(root, "server", "tracking", "recompute-worker.ts") },
    outdir: path.join(distDir, "sliptrack-workers"),
    outExtension: { ".js": ".mjs" },
    bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "error",
    alias: { "@": root, "server-only": path.join(root, "node_modules", "server-only", "empty.js") },
    external: WORKER_EXTERNALS,
    // CommonJS dependencies bundled into ESM still call require().
    banner: { js: 'import { createRequire as __sliptrackRequire } from "node:module"; const require = __sliptrackRequire(import.meta.url);' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, "..");
  await buildWorkers(root, path.join(root, process.env.NEXT_DIST_DIR || ".next"));
}
