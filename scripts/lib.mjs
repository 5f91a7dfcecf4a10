/**
 * Shared steps of `npm start` and `npm test`. Plain Node with no dependencies: these run before
 * node_modules exists. Each step is skipped when its stamp says nothing changed, so a second
 * `npm start` neither reinstalls nor rebuilds.
 */
import { spawnSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import { precompressStatic } from "./precompress.mjs";
import { writeStaticScriptHashes } from "./csp-hashes.mjs";

export const root = path.resolve(import.meta.dirname, "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function log(message) {
  process.stdout.write(`[sliptrack] ${message}\n`);
}

/** Runs a command in the project root, inheriting output; returns the exit code. */
export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: quiet ? "pipe" : "inherit" });
  if (result.error) throw result.error;
  if (quiet && result.status !== 0) process.stderr.write(`${result.stdout}${result.stderr}`);
  return result.status ?? 1;
}

export function runOrExit(cmd, args, options) {
  const code = run(cmd, args, options);
  if (code !== 0) {
    log(`failed: ${cmd} ${args.join(" ")} (exit ${code})`);
    process.exit(code);
  }
}

function hashFiles(files) {
  const hash = createHash("sha256");
  for (const file of files) {
    // Paths relative to the checkout, so a moved or copied checkout keeps its stamps.
    hash.update(path.relative(root, file));
    hash.update(existsSync(file) ? readFileSync(file) : "missing");
  }
  return hash.digest("hex");
}

// Folders that never feed the build: dependencies, data, test output (test-results*), tests and docs.
const SKIP_DIRS = /^(node_modules|data|generated|test-results.*|playwright-report|blob-report|e2e|tests|docs|bench)$/;

function listSources(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue; // .next*, .git, .ci, .env: not sources of the build
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.test(entry.name)) listSources(full, out);
    } else if (!/\.(test|spec)\.tsx?$|\.md$|\.tsbuildinfo$|^next-env\.d\.ts$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out.sort();
}

function stampIsCurrent(stampFile, digest) {
  return existsSync(stampFile) && readFileSync(stampFile, "utf8") === digest;
}

/** npm ci when node_modules is missing or was installed from another lock file. */
export function ensureInstalled() {
  const stamp = path.join(root, "node_modules", ".sliptrack-install");
  const digest = hashFiles([path.join(root, "package.json"), path.join(root, "package-lock.json")]);
  if (stampIsCurrent(stamp, digest)) return false;
  log("installing dependencies (npm ci)…");
  runOrExit("npm", ["ci", "--no-audit", "--no-fund"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" } });
  writeFileSync(stamp, digest);
  return true;
}

/** prisma generate, for both providers, when the schema changed (clients are not committed). */
export function ensureGenerated(env) {
  const schemaFiles = ["prisma/models.prisma", "prisma/sqlite/schema.prisma", "prisma/postgres/schema.prisma", "prisma.config.ts"].map((f) => path.join(root, f));
  const stamp = path.join(root, "generated", ".sliptrack-generate");
  const digest = hashFiles(schemaFiles);
  if (stampIsCurrent(stamp, digest)) return false;
  log("generating the Prisma clients (SQLite and PostgreSQL)…");
  for (const provider of ["sqlite", "postgres"]) runOrExit(bin("prisma"), ["generate"], { env: { ...env, PRISMA_PROVIDER: provider }, quiet: true });
  writeFileSync(stamp, digest);
  return true;
}

export function defaultDatabaseUrl() {
  return `file:${path.join(root, "data", "sliptrack.db")}`;
}

/** Applies committed migrations (never migrate dev: it can linger and needs a shadow database). */
export function migrate(env) {
  const url = env.DATABASE_URL;
  if (url.startsWith("file:")) mkdirSync(path.dirname(url.slice(5)), { recursive: true });
  runOrExit(bin("prisma"), ["migrate", "deploy"], { env, quiet: true });
}

/** AUTH_SECRET from the environment, else a local one kept in data/.auth-secret (git-ignored, 0600). */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, "data", ".auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    log("created a local AUTH_SECRET in data/.auth-secret");
  }
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}

/** next build when the build is missing or any source changed since it was made; true when usable. */
export function ensureBuilt(env) {
  const distDir = path.join(root, env.NEXT_DIST_DIR || ".next");
  const stamp = path.join(distDir, "sliptrack-build");
  const digest = hashFiles(listSources(root));
  const workers = () => run(process.execPath, [path.join(root, "scripts", "build-workers.mjs")], { env }) === 0;
  if (existsSync(path.join(distDir, "BUILD_ID")) && stampIsCurrent(stamp, digest)) {
    if (!existsSync(path.join(distDir, "sliptrack-csp-hashes.json"))) writeStaticScriptHashes(distDir);
    return existsSync(path.join(distDir, "sliptrack-workers", "recompute.mjs")) || workers();
  }
  log("building the app (next build)…");
  if (run(bin("next"), ["build"], { env }) !== 0) return false;
  // The worker threads Next does not bundle (scripts/build-workers.mjs).
  if (!workers()) return false;
  log(`precompressed ${precompressStatic(distDir)} static files with Brotli`);
  // The prerendered pages' inline scripts, allowed by hash in their CSP (proxy.ts).
  log(`hashed the inline scripts of ${writeStaticScriptHashes(distDir)} prerendered pages`);
  // Hash again: next build may itself touch inputs (tsconfig.json), which must not look stale.
  writeFileSync(stamp, hashFiles(listSources(root)));
  return true;
}

export function baseEnv(extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    DATABASE_URL: process.env.DATABASE_URL || defaultDatabaseUrl(),
    ...extra,
  };
}

export function spawnInherit(cmd, args, env) {
  const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

export function fileMtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/**
 * CREATE DATABASE <prefix>_<random> on the server the URL names; `drop()` removes it. For the e2e
 * run's throwaway database and the unit tests that also run on PostgreSQL
 * (tests/helpers/postgres-database.ts). `pg` is loaded when called: node_modules exists by then.
 */
export async function createPostgresDatabase(serverUrl, prefix = "sliptrack_test") {
  const { default: pg } = await import("pg");
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
