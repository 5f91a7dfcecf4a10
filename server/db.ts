/**
 * The one Prisma client of the process. SQLite (the embedded default) runs through
 * better-sqlite3 with a busy timeout, and in WAL mode so readers never wait for the writer.
 */
import "server-only";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/sqlite/client";
import { env } from "@/env";

export type Db = PrismaClient;

function sqlitePath(url: string): string {
  const file = url.replace(/^file:/, "");
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

function createClient(): PrismaClient {
  const file = sqlitePath(env.DATABASE_URL);
  mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  const client = new PrismaClient({ adapter });
  // journal_mode is stored in the file; busy_timeout is per connection (set through `timeout`).
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  return client;
}

const globalForDb = globalThis as unknown as { sliptrackDb?: PrismaClient };

export const db: PrismaClient = globalForDb.sliptrackDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.sliptrackDb = db;
