import { defineConfig } from "vitest/config";
import path from "node:path";

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
    include: ["domain/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts", "eval/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
