/**
 * server/sqlite-busy-wait.ts: on the event loop's connection, a write that finds SQLite's write
 * lock taken waits asynchronously — other work of the process goes on meanwhile — and succeeds
 * once the lock is free; a stale snapshot is not waited on; the wait ends at its limit.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaBetterSQLite3AsyncBusy, isPlainBusy, waitWhileBusy } from "@/server/sqlite-busy-wait";

let dir: string;
let file: string;
/** Another connection to the same file (another instance, the recompute worker), driven directly. */
let other: {
  exec(script: string): void;
  rows(query: string): Promise<unknown[][]>;
  close(): Promise<void>;
};

const sql = (text: string) => ({ sql: text, args: [], argTypes: [] });

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "busy-wait-"));
  file = path.join(dir, "db.sqlite");
  const adapter = await new PrismaBetterSQLite3({ url: file }).connect();
  other = {
    // executeScript runs synchronously inside (better-sqlite3's exec); the promise is already settled.
    exec: (script) => void adapter.executeScript(script),
    rows: async (query) => (await adapter.queryRaw(sql(query))).rows,
    close: () => adapter.dispose(),
  };
  other.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER)");
});

afterEach(async () => {
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Counts event-loop turns while `work` runs: a synchronous busy wait would leave it at zero. */
async function turnsDuring<T>(work: Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  const tick = setInterval(() => (turns += 1), 5);
  try {
    return { result: await work, turns };
  } finally {
    clearInterval(tick);
  }
}

describe("PrismaBetterSQLite3AsyncBusy", () => {
  it("a write outside a transaction waits for the other connection's lock without blocking the event loop", async () => {
    const adapter = await new PrismaBetterSQLite3AsyncBusy({ url: file }).connect();
    other.exec("BEGIN IMMEDIATE");
    setTimeout(() => other.exec("COMMIT"), 150);
    const started = Date.now();
    const { result, turns } = await turnsDuring(adapter.executeRaw(sql("INSERT INTO t (v) VALUES (1)")));
    expect(result).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(turns).toBeGreaterThan(10);
    expect(await other.rows("SELECT count(*) FROM t")).toEqual([["1"]]); // safe integers come back as text
    await adapter.dispose();
  });

  it("inside a transaction the first write waits too, and the transaction commits", async () => {
    const adapter = await new PrismaBetterSQLite3AsyncBusy({ url: file }).connect();
    other.exec("BEGIN IMMEDIATE");
    setTimeout(() => other.exec("COMMIT"), 100);
    const tx = await adapter.startTransaction();
    const { turns } = await turnsDuring(tx.executeRaw(sql("INSERT INTO t (v) VALUES (2)")));
    await tx.executeRaw(sql("COMMIT"));
    await tx.commit();
    expect(turns).toBeGreaterThan(5);
    expect(await other.rows("SELECT v FROM t")).toEqual([["2"]]);
    await adapter.dispose();
  });

  it("a stale read snapshot (SQLITE_BUSY_SNAPSHOT) is not waited on: it fails at once for the caller to rerun", async () => {
    const adapter = await new PrismaBetterSQLite3AsyncBusy({ url: file }).connect();
    const tx = await adapter.startTransaction();
    await tx.queryRaw(sql("SELECT count(*) FROM t"));
    other.exec("INSERT INTO t (v) VALUES (3)");
    const started = Date.now();
    const failure = await tx.executeRaw(sql("INSERT INTO t (v) VALUES (4)")).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(isPlainBusy(failure)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
    await tx.executeRaw(sql("ROLLBACK"));
    await tx.rollback();
    await adapter.dispose();
  });
});

describe("waitWhileBusy", () => {
  it("gives up at its limit with the busy error, and passes other errors through at once", async () => {
    let clock = 0;
    const busy = Object.assign(new Error("database is locked"), { cause: { originalCode: "SQLITE_BUSY" } });
    let tries = 0;
    const failure = await waitWhileBusy(async () => { tries += 1; throw busy; }, { limitMs: 100, now: () => clock, sleep: async (ms) => { clock += ms; } }).catch((e: unknown) => e);
    expect(failure).toBe(busy);
    expect(tries).toBeGreaterThan(5);
    expect(clock).toBeGreaterThanOrEqual(100);
    const other = new Error("UNIQUE constraint failed");
    let otherTries = 0;
    await expect(waitWhileBusy(async () => { otherTries += 1; throw other; })).rejects.toBe(other);
    expect(otherTries).toBe(1);
  });
});
