/**
 * GET /serwist/sw.js — the service worker (service-worker/sw.ts), bundled with esbuild by
 * @serwist/turbopack while `next build` prerenders this route, with its precache list injected.
 * Why Serwist this way and not @serwist/next: docs/decisions/0002-service-worker.md.
 *
 * Precached (docs/offline.md): the app's hashed static JS and CSS, the icons, and the four
 * prerendered shells. The shells' revision is a hash of everything else in the list, so a build
 * whose scripts changed also refreshes the HTML that names them.
 */
import { createHash } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";
import { SHELL_PATHS } from "@/service-worker/offline-routes";

const distDir = (process.env.NEXT_DIST_DIR || ".next").replace(/\/$/, "");

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "service-worker/sw.ts",
  useNativeEsbuild: true,
  globPatterns: [`${distDir}/static/**/*.{js,css,woff2}`, "public/icons/*.{png,svg}"],
  // No source maps shipped to phones; the service worker is small enough to read as is.
  esbuildOptions: { sourcemap: false },
  manifestTransforms: [
    async (entries) => {
      const revision = createHash("sha256")
        .update(JSON.stringify(entries.map((e) => [e.url, e.revision])))
        .digest("hex")
        .slice(0, 16);
      return { manifest: [...entries, ...SHELL_PATHS.map((url) => ({ url, revision, size: 0 }))], warnings: [] };
    },
  ],
});
