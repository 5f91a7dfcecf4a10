import { defineConfig } from "vitest/config";
import path from "node:path";

/**
 * Two projects: `domain` (pure rules and scripts — no database, runs in seconds) and `server`
 * (server/, the server-layer suites in tests/ on a throwaway database, and eval/).
 * `npx vitest run --project=domain` runs only the fast one.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server/ modules guard themselves with `import "server-only"`; under Vitest that guard
      // resolves to the package's own no-op entry (what Next uses on the server).
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: "domain", include: ["domain/**/*.test.ts", "scripts/**/*.test.ts", "messages/**/*.test.ts", "i18n/**/*.test.ts"] } },
      { extends: true, test: { name: "server", include: ["server/**/*.test.ts", "tests/**/*.test.ts", "eval/**/*.test.ts"] } },
    ],
  },
});
