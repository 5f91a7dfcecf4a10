/**
 * Prisma CLI configuration (migrate deploy / diff / generate). The provider follows the scheme
 * of DATABASE_URL: `file:` → SQLite (the embedded default, data/sliptrack.db). Everything here
 * uses the JS schema engine with a driver adapter, so no command ever downloads a native engine.
 * The CLI does not read .env when this file exists; scripts/start.mjs and scripts/test.mjs
 * export what is needed.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const root = import.meta.dirname;
const databaseUrl = process.env.DATABASE_URL ?? `file:${path.join(root, "data", "sliptrack.db")}`;

function sqliteFile(url: string): string {
  const file = url.replace(/^file:/, "");
  return path.isAbsolute(file) ? file : path.resolve(process.cwd(), file);
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, "prisma", "sqlite"),
  migrations: { path: path.join(root, "prisma", "migrations", "sqlite") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: sqliteFile(databaseUrl), timeout: 10_000 });
  },
});
