/**
 * The one Prisma client of the process, for the database DATABASE_URL names: `file:` → SQLite
 * through better-sqlite3 (WAL journal so readers never wait for the writer, a busy timeout so
 * concurrent writers queue instead of failing), `postgres://` → PostgreSQL through pg. Both
 * generated clients are in every build, so one build serves either database.
 */
import "server-only";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { env } from "@/env";

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
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 10_000 }) });
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
