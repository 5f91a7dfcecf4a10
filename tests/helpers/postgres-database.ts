/**
 * For server-layer tests that must also hold on PostgreSQL (races between connections, the
 * scheduler's lease): a fresh database on the server TEST_POSTGRES_URL names (the PostgreSQL run
 * of scripts/test.mjs sets it to its server), migrated like production, and a way to load the
 * server modules against it — a new module graph with its own Prisma client, as a second server
 * process would have. Tests using it skip when TEST_POSTGRES_URL is not set.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { vi } from "vitest";
import { createPostgresDatabase } from "../../scripts/lib.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");

export const postgresServerUrl = process.env.TEST_POSTGRES_URL;

export async function freshPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = await createPostgresDatabase(serverUrl, "sliptrack_unit");
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: database.url, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
  return database;
}

/**
 * Points the process at `url` and forgets every loaded module, so the next dynamic imports build
 * a new module graph — env.ts read again, a new Prisma client in server/db.ts.
 */
export function switchDatabase(url: string): void {
  process.env.DATABASE_URL = url;
  delete (globalThis as { sliptrackDb?: unknown }).sliptrackDb;
  vi.resetModules();
}
