/** A Prisma client for scripts and tests outside Next (seed, e2e fixtures, benchmarks). */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/sqlite/client";

export function connect(databaseUrl = process.env.DATABASE_URL ?? ""): PrismaClient {
  if (!databaseUrl.startsWith("file:")) throw new Error("DATABASE_URL must be a file: URL for this client");
  const file = databaseUrl.slice(5);
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: path.resolve(file), timeout: 10_000 }) });
}
