/**
 * Both migration histories keep up with prisma/models.prisma. Two checks: the snapshot each
 * history keeps of the models it produces (no database needed), and a real replay of the
 * history into a shadow database compared with the schema (`prisma migrate diff
 * --from-migrations … --exit-code`; SQLite in memory, PostgreSQL in a throwaway database on the
 * server of DATABASE_URL or MIGRATION_POSTGRES_URL, or the machine's own on 127.0.0.1).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const models = readFileSync(path.join(root, "prisma", "models.prisma"), "utf8");
const postgresUrl =
  process.env.MIGRATION_POSTGRES_URL ||
  (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : "postgresql://postgres@127.0.0.1:5432/postgres");
const urls = { sqlite: `file:${path.join(tmpdir(), "sliptrack-migration-check.db")}`, postgres: postgresUrl };

function replayDiff(provider: "sqlite" | "postgres") {
  return spawnSync(
    path.join(root, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-migrations", path.join(root, "prisma", "migrations", provider), "--to-schema-datamodel", path.join(root, "prisma", provider), "--exit-code"],
    { cwd: root, encoding: "utf8", env: { ...process.env, PRISMA_PROVIDER: provider, DATABASE_URL: urls[provider], CHECKPOINT_DISABLE: "1" }, timeout: 120_000 },
  );
}

function postgresReachable(): boolean {
  const probe = spawnSync(process.execPath, ["-e", `const pg=require("pg");const c=new pg.Client({connectionString:${JSON.stringify(postgresUrl)}});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))`], { cwd: root, timeout: 10_000 });
  return probe.status === 0;
}

describe.each(["sqlite", "postgres"] as const)("the %s migration history", (provider) => {
  const history = path.join(root, "prisma", "migrations", provider);

  it("is not behind prisma/models.prisma (run scripts/new-migration.mjs after changing models)", () => {
    const snapshot = readFileSync(path.join(history, "models.snapshot.prisma"), "utf8");
    expect(snapshot, `prisma/migrations/${provider} is behind the models`).toBe(models);
  });

  it("replays into exactly the current schema", { timeout: 150_000 }, (context) => {
    if (provider === "postgres" && !postgresReachable()) context.skip();
    const result = replayDiff(provider);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain("No difference detected");
  });

  it("has migrations and a lock for its provider", () => {
    const folders = readdirSync(history, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(readFileSync(path.join(history, folder.name, "migration.sql"), "utf8")).toMatch(/CREATE|ALTER|DROP/);
    expect(readFileSync(path.join(history, "migration_lock.toml"), "utf8")).toContain(provider === "postgres" ? "postgresql" : "sqlite");
  });
});
