/**
 * A throwaway database and photo directory for Vitest suites that exercise the server layer
 * for real (Prisma, SQLite, sharp, the disk). Import this module FIRST in the test file: it
 * sets DATABASE_URL and PHOTO_DIR before env.ts and server/db.ts read them, then applies the
 * committed migrations with `prisma migrate deploy` — exactly what production runs.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const dir = mkdtempSync(path.join(tmpdir(), "sliptrack-test-"));

export const testDatabaseUrl = `file:${path.join(dir, "test.db")}`;
export const testPhotoDir = path.join(dir, "photos");

process.env.DATABASE_URL = testDatabaseUrl;
process.env.PHOTO_DIR = testPhotoDir;
process.env.LOG_LEVEL = "silent";

execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: testDatabaseUrl, CHECKPOINT_DISABLE: "1" },
  stdio: "pipe",
});
