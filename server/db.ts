/**
 * The one Prisma client of the process, for the database DATABASE_URL names: `file:` → SQLite
 * through better-sqlite3 (WAL journal so readers never wait for the writer; concurrent writers
 * queue for the write lock instead of failing — asynchronously on the event loop's thread,
 * server/sqlite-busy-wait.ts, with SQLite's own busy timeout elsewhere), `postgres://` →
 * PostgreSQL through pg. Both generated clients are in every build, so one build serves either
 * database.
 */
import "server-only";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { env } from "@/env";
import { BUSY_WAIT_LIMIT_MS, PrismaBetterSQLite3AsyncBusy } from "@/server/sqlite-busy-wait";

/** Typed as the SQLite client: both are generated from the same models file. */
export type Db = PrismaClient;

export const databaseProvider: "sqlite" | "postgres" = /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? "postgres" : "sqlite";

function sqlitePath(url: string): string {
  const file = url.replace(/^file:/, "");
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

function createClient(): Db {
  if (databaseProvider === "postgres") {
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqlitePath(env.DATABASE_URL);
  mkdirSync(path.dirname(file), { recursive: true });
  // On the event loop a busy wait must not block (sqlite-busy-wait.ts); a worker thread (the
  // tracking recompute's) may sleep in SQLite's busy handler, which is simpler and just as fast.
  const adapter = isMainThread ? new PrismaBetterSQLite3AsyncBusy({ url: file }) : new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  // A transaction there begins by waiting for the write lock (BEGIN IMMEDIATE): it may wait as
  // long as a busy statement would, not Prisma's default 2 s to start.
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: BUSY_WAIT_LIMIT_MS } });
  // journal_mode is stored in the file; busy_timeout is per connection (set through `timeout`).
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  // Per connection (the adapter keeps one): deleted rows are overwritten with zeros instead of
  // lingering in free pages, so a deleted slip, note or preview is not in the file afterwards
  // (docs/security.md; tests/security/data-at-rest.test.ts reads the file's bytes).
  void client.$queryRawUnsafe("PRAGMA secure_delete = ON").catch(() => undefined);
  return client;
}

const globalForDb = globalThis as unknown as { sliptrackDb?: Db };

export const db: Db = globalForDb.sliptrackDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.sliptrackDb = db;
