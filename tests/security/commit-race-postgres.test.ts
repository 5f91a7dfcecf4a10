/**
 * Issue 14's commit race on PostgreSQL (tests/security/data-at-rest.test.ts has it on SQLite):
 * four commits of one statement import at once, over a pool of real connections, save it once;
 * the other three answer "already committed" — none fails on the unique key. Runs when
 * TEST_POSTGRES_URL names a server (the PostgreSQL run of scripts/test.mjs).
 */
import "../helpers/test-environment";
import { afterAll, describe, expect, it } from "vitest";
import { freshPostgresDatabase, postgresServerUrl, switchDatabase } from "../helpers/postgres-database";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe("the import commit race on PostgreSQL", () => {
  it.runIf(Boolean(postgresServerUrl))("four commits at once save the import once; the others answer 'already committed'", async () => {
    const database = await freshPostgresDatabase(postgresServerUrl!);
    cleanups.push(() => database.drop());
    switchDatabase(database.url);
    const { db } = await import("@/server/db");
    const { createImportPreview } = await import("@/server/imports/import-preview");
    const { commitImport } = await import("@/server/imports/import-commit");
    const user = await db.user.create({ data: { email: `race-pg-${Date.now()}@example.test` }, select: { id: true } });
    const csv = [
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo",
      "11/03/2026,11/04/2026,SEVEN-ELEVEN BANGKOK,Shopping,Sale,-12.50,",
      "11/04/2026,11/05/2026,STARBUCKS SIAM,Food & Drink,Sale,-4.20,",
    ].join("\n") + "\n";
    const { id } = await createImportPreview(user.id, { fileName: "chase.csv", bytes: new TextEncoder().encode(csv) });
    const results = await Promise.all(Array.from({ length: 4 }, () => commitImport(user.id, id)));
    expect(results.filter((r) => !r.alreadyCommitted)).toHaveLength(1);
    expect(results.filter((r) => r.alreadyCommitted)).toHaveLength(3);
    expect(await db.issuerRecord.count({ where: { userId: user.id } })).toBe(2);
    await db.$disconnect();
  }, 60_000);
});
