/**
 * End-to-end journeys in Debian's Chromium (never a downloaded browser) against the production
 * build served by `next start` on a throwaway database. scripts/test.mjs prepares the database
 * and environment; run through `npm run test:e2e`.
 */
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3100);
const secondPort = process.env.E2E_SECOND_PORT ? Number(process.env.E2E_SECOND_PORT) : null;
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  outputDir: `${process.env.TEST_RESULTS_DIR || "test-results"}/playwright`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // API calls from the test runner (page.request, request) are not a browser's and carry no
    // Origin; the app refuses state changes without one (proxy.ts), as it would a forged request.
    extraHTTPHeaders: { Origin: `http://127.0.0.1:${port}` },
    trace: "retain-on-failure",
    locale: "en-GB",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined, launchOptions } },
    {
      name: "phone",
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        userAgent: devices["Pixel 7"].userAgent,
        launchOptions,
      },
    },
  ],
  // A second instance on the same database when E2E_SECOND_PORT is set (the PostgreSQL run):
  // e2e/instances.spec.ts then checks that the two share everything through the database.
  webServer: [port, ...(secondPort ? [secondPort] : [])].map((p) => ({
    command: `node server.mjs`,
    // The scheduler ticks every 2 s here (30 s in production), so e2e/instances.spec.ts sees its jobs run.
    env: { PORT: String(p), HOSTNAME: "127.0.0.1", SCHEDULER_INTERVAL_MS: "2000" },
    url: `http://127.0.0.1:${p}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  })),
});
