/**
 * server/sqlite-busy-wait.ts: on the event loop's connection, a write that finds SQLite's write
 * lock taken waits asynchronously — other work of the process goes on meanwhile — and succeeds
 * once the lock is free; a transaction holds the lock from its start; the wait ends at its limit.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaBetterSQLite3AsyncBusy, waitWhileBusy } from "@/server/sqlite-busy-wait";

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
  const adapter = await new PrismaBetterSQLite3({ url: file, timeout: 0 }).connect();
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

  it("a transaction waits for the lock as it starts, without blocking the event loop, and commits", async () => {
    const adapter = await new PrismaBetterSQLite3AsyncBusy({ url: file }).connect();
    other.exec("BEGIN IMMEDIATE");
    setTimeout(() => other.exec("COMMIT"), 100);
    const { result: tx, turns } = await turnsDuring(adapter.startTransaction());
    await tx.executeRaw(sql("INSERT INTO t (v) VALUES (2)"));
    await tx.executeRaw(sql("COMMIT"));
    await tx.commit();
    expect(turns).toBeGreaterThan(5);
    expect(await other.rows("SELECT v FROM t")).toEqual([["2"]]);
    await adapter.dispose();
  });

  it("a transaction holds the write lock from its start, so reading before writing never meets a stale snapshot", async () => {
    const adapter = await new PrismaBetterSQLite3AsyncBusy({ url: file }).connect();
    const tx = await adapter.startTransaction();
    await tx.queryRaw(sql("SELECT count(*) FROM t"));
    // With a deferred BEGIN this write would commit, and the transaction's own write below would
    // fail at once with SQLITE_BUSY_SNAPSHOT ("database is locked") — a lost write.
    let refused: unknown;
    try {
      other.exec("INSERT INTO t (v) VALUES (3)");
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ cause: { originalCode: "SQLITE_BUSY" } });
    await tx.executeRaw(sql("INSERT INTO t (v) VALUES (4)"));
    await tx.executeRaw(sql("COMMIT"));
    await tx.commit();
    other.exec("INSERT INTO t (v) VALUES (5)");
    expect(await other.rows("SELECT v FROM t ORDER BY v")).toEqual([["4"], ["5"]]);
    await adapter.dispose();
  });
});

describe("waitWhileBusy", () => {
  it("gives up at its limit with the busy error, and passes other errors (a stale snapshot among them) through at once", async () => {
    let clock = 0;
    const busy = Object.assign(new Error("database is locked"), { cause: { originalCode: "SQLITE_BUSY" } });
    let tries = 0;
    const failure = await waitWhileBusy(async () => { tries += 1; throw busy; }, { limitMs: 100, now: () => clock, sleep: async (ms) => { clock += ms; } }).catch((e: unknown) => e);
    expect(failure).toBe(busy);
    expect(tries).toBeGreaterThan(5);
    expect(clock).toBeGreaterThanOrEqual(100);
    for (const other of [new Error("UNIQUE constraint failed"), Object.assign(new Error("database is locked"), { cause: { originalCode: "SQLITE_BUSY_SNAPSHOT" } })]) {
      let otherTries = 0;
      await expect(waitWhileBusy(async () => { otherTries += 1; throw other; })).rejects.toBe(other);
      expect(otherTries).toBe(1);
    }
  });
});
