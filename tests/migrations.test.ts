import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const models = readFileSync(path.join(root, "prisma", "models.prisma"), "utf8");

describe.each(["sqlite", "postgres"])("the %s migration history", (provider) => {
  const history = path.join(root, "prisma", "migrations", provider);

  it("is not behind prisma/models.prisma (run scripts/new-migration.mjs after changing models)", () => {
    const snapshot = readFileSync(path.join(history, "models.snapshot.prisma"), "utf8");
    expect(snapshot, `prisma/migrations/${provider} is behind the models`).toBe(models);
  });

  it("has at least one migration and a lock for its provider", () => {
    const folders = readdirSync(history, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(readFileSync(path.join(history, folder.name, "migration.sql"), "utf8")).toMatch(/CREATE|ALTER|DROP/);
    expect(readFileSync(path.join(history, "migration_lock.toml"), "utf8")).toContain(provider === "postgres" ? "postgresql" : "sqlite");
  });
});
