/** A Prisma client for scripts and tests outside Next (seed, e2e fixtures, benchmarks). */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../../generated/postgres/client";

export function connect(databaseUrl = process.env.DATABASE_URL ?? ""): PrismaClient {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) }) as unknown as PrismaClient;
  }
  if (!databaseUrl.startsWith("file:")) throw new Error("DATABASE_URL must be a file: or postgres:// URL");
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: path.resolve(databaseUrl.slice(5)), timeout: 10_000 }) });
}
