/**
 * SQLite's write lock, waited for without freezing the server (issue 14, docs/performance.md
 * "Noisy neighbour"). better-sqlite3 is synchronous: with a busy timeout, a statement that needs
 * the write lock while another connection holds it (the recompute worker's, a second instance's)
 * sleeps inside SQLite — on the event loop, so every other request of the process waits with it.
 * On the request thread the connection is therefore opened with no busy timeout, and this
 * adapter answers SQLITE_BUSY by trying the same statement again after an asynchronous pause
 * (1, 2, 4 … 20 ms) until the same 10 s a busy timeout would have waited; meanwhile the event
 * loop serves everyone else (readers never need the lock in WAL mode).
 *
 * Only plain SQLITE_BUSY is tried again: it means "the lock is taken, nothing happened", and
 * SQLite allows the statement to be retried. Every transaction of this connection starts with
 * BEGIN IMMEDIATE — it takes the write lock first (waiting as above) — because a transaction that
 * read before its first write fails with SQLITE_BUSY_SNAPSHOT, which no wait can cure, when
 * another connection commits in between: a write the traveller made would be lost to a 500 while
 * the recompute worker writes. (This connection's transactions are one at a time anyway: the
 * adapter holds a mutex per transaction.) Threads that are not the event loop (the recompute
 * worker) keep SQLite's own busy timeout: blocking there blocks nobody.
 */
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw">;

export const BUSY_WAIT_LIMIT_MS = 10_000;

/** True for a driver error that is SQLite's plain "the write lock is taken" (not a stale snapshot). */
export function isPlainBusy(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const cause = (error as { cause?: { originalCode?: unknown } }).cause;
  return cause?.originalCode === "SQLITE_BUSY" || (error as { code?: unknown }).code === "SQLITE_BUSY";
}

/** Runs `run` until it does not fail with plain SQLITE_BUSY, pausing asynchronously between tries. */
export async function waitWhileBusy<T>(
  run: () => Promise<T>,
  { limitMs = BUSY_WAIT_LIMIT_MS, now = Date.now, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) } = {},
): Promise<T> {
  const started = now();
  let pause = 1;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isPlainBusy(error) || now() - started >= limitMs) throw error;
      await sleep(pause);
      pause = Math.min(pause * 2, 20);
    }
  }
}

function waitingOnBusy<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => waitWhileBusy(() => queryRaw(query));
  queryable.executeRaw = (query) => waitWhileBusy(() => executeRaw(query));
  return queryable;
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * The better-sqlite3 adapter with no busy timeout and asynchronous waits instead, for the event
 * loop's connection. Every statement — outside a transaction, inside one, and its COMMIT — goes
 * through `waitWhileBusy`; every transaction holds the write lock from its start.
 */
export class PrismaBetterSQLite3AsyncBusy extends PrismaBetterSQLite3 {
  constructor(config: { url: string }) {
    super({ ...config, timeout: 0 });
  }

  override async connect(): Promise<Adapter> {
    const adapter = waitingOnBusy(await super.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      // The adapter opens a deferred transaction (BEGIN) under its mutex; it is turned into an
      // immediate one before anything runs in it.
      const tx = waitingOnBusy(await startTransaction(isolationLevel));
      try {
        await tx.executeRaw(statement("ROLLBACK"));
        await tx.executeRaw(statement("BEGIN IMMEDIATE"));
      } catch (error) {
        await tx.rollback(); // releases the adapter's mutex; no transaction is open
        throw error;
      }
      return tx;
    };
    return adapter;
  }
}
