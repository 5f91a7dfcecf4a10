/**
 * `npm test`: install what is missing (dependencies; Debian's Chromium when root) → typecheck →
 * lint → unit tests → production build → Playwright against `next start` on a throwaway SQLite
 * database → a scan of that database for stored card numbers (scripts/scan-card-numbers.ts). Every stage runs even after an earlier one failed (except e2e after a failed build),
 * a summary is written to test-results/summary.json (passed/failed and seconds per stage, also
 * printed at the end), and any failure exits non-zero.
 *   --only=unit|e2e|static [args…]   run just that part (static = typecheck + lint); the
 *   remaining args go to Vitest or Playwright (a file, `-g "name"`, `--project=phone`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { baseEnv, bin, createPostgresDatabase, ensureBuilt, ensureGenerated, ensureInstalled, log, migrate, root, run } from "./lib.mjs";

const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const want = (part) => !only || only === part;
// Anything else on the command line goes to the runner of the selected part (a spec, a -g filter).
const passThrough = only ? process.argv.slice(2).filter((a) => !a.startsWith("--only=")) : [];
const results = path.resolve(root, process.env.TEST_RESULTS_DIR || "test-results");
mkdirSync(results, { recursive: true });
const tally = { passed: 0, failed: 0, stages: {}, seconds: {} };
let stageStart = Date.now();

/** Starts the clock of the next stage (each record() stops it). */
function startStage() {
  stageStart = Date.now();
}

function record(stage, passed, failed) {
  const seconds = Math.round((Date.now() - stageStart) / 100) / 10;
  tally.passed += passed;
  tally.failed += failed;
  tally.stages[stage] = { passed, failed, seconds };
  tally.seconds[stage] = seconds;
  log(`${stage}: ${passed} passed, ${failed} failed (${seconds} s)`);
  stageStart = Date.now();
}

/** A stage that is not a suite (the build): its time only. */
function recordTime(stage) {
  tally.seconds[stage] = Math.round((Date.now() - stageStart) / 100) / 10;
  log(`${stage}: ${tally.seconds[stage]} s`);
  stageStart = Date.now();
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  return candidates.find((c) => existsSync(c));
}

function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    console.error("Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.");
    return null;
  }
  log("installing Debian's Chromium (apt-get install chromium)…");
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv });
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: aptEnv });
  found = findChromium();
  if (!found) console.error("Chromium could not be installed: set CHROMIUM_PATH=/path/to/chromium.");
  return found ?? null;
}

/**
 * Debian's poppler-utils (pdftoppm, pdftotext) for the dispute pack's rendering checks: installed
 * when missing and we are root, as Chromium is; otherwise those checks say they are skipped.
 */
function ensurePoppler() {
  const has = () => !spawnSync("pdftoppm", ["-v"], { stdio: "ignore" }).error;
  if (has() || process.getuid?.() !== 0) return;
  log("installing Debian's poppler-utils (apt-get install poppler-utils) for the PDF rendering checks…");
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let install = spawnSync("apt-get", ["install", "-y", "-qq", "poppler-utils"], { stdio: "inherit", env: aptEnv });
  if (install.status !== 0) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv });
    install = spawnSync("apt-get", ["install", "-y", "-qq", "poppler-utils"], { stdio: "inherit", env: aptEnv });
  }
  if (!has()) console.error("poppler-utils could not be installed: the dispute pack's rendering checks will be skipped.");
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

ensureInstalled();
const env = baseEnv({ NODE_ENV: "production" });
ensureGenerated(env);
recordTime("setup");

if (want("static")) {
  startStage();
  record("typecheck", ...(run(bin("tsc"), ["--noEmit"]) === 0 ? [1, 0] : [0, 1]));
  record("lint", ...(run(bin("eslint"), [".", "--max-warnings=0"]) === 0 ? [1, 0] : [0, 1]));
}

if (want("unit")) {
  ensurePoppler();
  startStage();
  const report = path.join(results, "vitest.json");
  rmSync(report, { force: true });
  // On the PostgreSQL run the scheduler test also races two instances on a PostgreSQL database of its own.
  const postgresServer = /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? { TEST_POSTGRES_URL: env.DATABASE_URL } : {};
  const code = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${report}`, ...passThrough], { env: { ...env, ...postgresServer, NODE_ENV: "test" } });
  const json = readJson(report);
  if (json) record("unit", json.numPassedTests, json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0));
  else record("unit", 0, 1);
}

if (want("e2e")) {
  startStage();
  const chromium = ensureChromium();
  // A throwaway database, migrated like production: a fresh SQLite file, or — when
  // DATABASE_URL names a PostgreSQL server — a fresh database on that server.
  const dbDir = path.join(results, "e2e-db");
  rmSync(dbDir, { recursive: true, force: true });
  mkdirSync(dbDir, { recursive: true });
  const postgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? await createPostgresDatabase(env.DATABASE_URL) : null;
  if (postgres) log(`e2e database: PostgreSQL ${new URL(postgres.url).pathname.slice(1)}`);
  const e2eEnv = {
    ...env,
    DATABASE_URL: postgres?.url ?? `file:${path.join(dbDir, "e2e.db")}`,
    // Slip photos of the run go beside its database and are thrown away with it.
    PHOTO_DIR: path.join(dbDir, "photos"),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    E2E_PORT: process.env.E2E_PORT || "3100",
    // On PostgreSQL a second instance serves the same database (e2e/instances.spec.ts).
    ...(postgres ? { E2E_SECOND_PORT: String(Number(process.env.E2E_PORT || 3100) + 1) } : {}),
    CHROMIUM_PATH: chromium ?? "",
    // Every e2e user signs up from 127.0.0.1; the per-account limits stay at their defaults.
    RATE_LIMIT_SIGNIN_PER_IP: "100000",
    RATE_LIMIT_SIGNUP_PER_IP: "100000",
    LOG_LEVEL: "warn",
  };
  startStage();
  const built = ensureBuilt(env);
  recordTime("build");
  if (!chromium || !built) {
    record("e2e", 0, 1);
  } else {
    migrate(e2eEnv);
    const report = path.join(results, "playwright.json");
    rmSync(report, { force: true });
    const code = run(bin("playwright"), ["test", ...passThrough], { env: { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: report } });
    const stats = readJson(report)?.stats;
    // A run that failed before any test (a config or import error) still counts as a failure.
    if (stats) record("e2e", stats.expected + stats.flaky, stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0));
    else record("e2e", 0, 1);
    // Every journey above typed or uploaded card numbers somewhere: none may be in the database.
    // Only after a whole run (a filtered run leaves too little to say anything).
    if (passThrough.length === 0) {
      startStage();
      const scanned = run(bin("tsx"), ["scripts/scan-card-numbers.ts"], { env: e2eEnv });
      record("card-scan", ...(scanned === 0 ? [1, 0] : [0, 1]));
    }
  }
  await postgres?.drop();
}

writeFileSync(path.join(results, "summary.json"), JSON.stringify(tally, null, 2));
const timings = Object.entries(tally.seconds).map(([stage, seconds]) => `${stage} ${seconds} s`).join(", ");
if (timings) console.log(`timings: ${timings}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
