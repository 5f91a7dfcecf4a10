/**
 * Prisma CLI configuration (migrate deploy / diff / generate). The provider follows the scheme
 * of DATABASE_URL: `file:` → SQLite (the embedded default, data/sliptrack.db), `postgres://` or
 * `postgresql://` → PostgreSQL. Each provider has its schema folder (prisma/<provider>, sharing
 * prisma/models.prisma) and its own migration history (prisma/migrations/<provider>).
 * Everything uses the JS schema engine with a driver adapter, so no command ever downloads a
 * native engine. The CLI does not read .env when this file exists; scripts export what is needed.
 * PRISMA_PROVIDER=sqlite|postgres picks the schema without a database (for `generate`).
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { postgresCliAdapter, sqliteCliAdapter } from "./prisma/cli-adapters";

const root = import.meta.dirname;
const databaseUrl = process.env.DATABASE_URL || `file:${path.join(root, "data", "sliptrack.db")}`;
const isPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);
const provider = process.env.PRISMA_PROVIDER === "postgres" || (isPostgres && process.env.PRISMA_PROVIDER !== "sqlite") ? "postgres" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, "prisma", provider),
  migrations: { path: path.join(root, "prisma", "migrations", provider) },
  async adapter() {
    return provider === "postgres" ? postgresCliAdapter(databaseUrl) : sqliteCliAdapter(databaseUrl);
  },
});
