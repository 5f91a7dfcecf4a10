/**
 * Tracking as a projection (docs/statuses.md "In the app"). A write records what it changed — a
 * TrackingChange row naming the calendar days of its slips or records, written beside the write
 * — and the recompute runs after the response (`after()` from next/server), coalesced per
 * traveller: one run takes every change queued so far and recomputes only the clusters of slips
 * those days fall in (domain/matching/tracking-clusters.ts). Reads never recompute: a page that
 * follows its own write waits, bounded, until the change it made is handled, so the traveller
 * sees their write; date-dependent fields are derived at read time. A sweeper picks up changes
 * an instance left behind (a crash between the write and its recompute).
 */
import "server-only";
import { after } from "next/server";
import { ALL_DAYS, spanOfDays, type DayRange } from "@/domain/matching/tracking-clusters";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { todayIso } from "./recompute";
import { recomputeRunner } from "./recompute-pool";

type Writer = Pick<typeof db, "trackingChange">;

/** Inside the write's own transaction: the days it changed ("all" when its extent is unknown). */
export async function noteTrackingChange(tx: Writer, userId: string, days: readonly (string | null | undefined)[] | "all"): Promise<void> {
  const span = days === "all" ? ALL_DAYS : spanOfDays(days);
  if (span) await tx.trackingChange.create({ data: { userId, fromDay: span.from, toDay: span.to } });
}

/**
 * How long a write waits for its own recompute before answering. A small account's recompute
 * ends within it, so the answer and the page after it already show the new status; a large
 * one goes on after the response and the page says it is still updating.
 */
const WRITE_BUDGET_MS = 60;

/**
 * After the write committed: starts the recompute, waits at most WRITE_BUDGET_MS for it, and
 * keeps it alive past the response with `after()` (the platform may otherwise end the work).
 * Outside a request (scripts, the server-layer tests) there is no response: the caller awaits
 * the whole run. A failure is logged and the change stays queued for the next run or the
 * sweeper: tracking is derived data and must never turn a saved write into an error.
 */
export async function scheduleTracking(userId: string): Promise<void> {
  // A traveller whose last run took longer than LONG_RUN_MS will not see this one end within the
  // budget: the answer would wait the whole budget for nothing — and one more timer turn of a
  // busy event loop, behind every other request (bench/noisy-neighbour.ts).
  const wouldOutlastBudget = budgets.has(userId);
  const run = processTrackingChanges(userId);
  try {
    after(() => run);
  } catch {
    // `after` outside a request scope throws: nothing answers before the run ends.
    await run;
    return;
  }
  if (wouldOutlastBudget) return;
  await Promise.race([run, sleep(WRITE_BUDGET_MS)]);
}

/** noteTrackingChange + scheduleTracking, for writes that have no transaction of their own. */
export async function trackingChanged(userId: string, days: readonly (string | null | undefined)[] | "all"): Promise<void> {
  await noteTrackingChange(db, userId, days);
  await scheduleTracking(userId);
}

/** Handles every change queued for this traveller; shared by all callers while one runs. */
export function processTrackingChanges(userId: string): Promise<void> {
  return coalesce(userId, async () => {
    // The traveller's time budget: after a long run, wait as long again before the next one.
    await sleep(budgetWait(userId));
    const started = Date.now();
    try {
      const changes = await db.trackingChange.findMany({ where: { userId }, select: { id: true, fromDay: true, toDay: true } });
      if (changes.length === 0) return;
      const ranges: DayRange[] = changes.map((c) => ({ from: c.fromDay, to: c.toDay }));
      await recomputeRunner().run(userId, todayIso(), ranges);
      await db.trackingChange.deleteMany({ where: { userId, id: { in: changes.map((c) => c.id) } } });
    } catch (err) {
      logger.error({ err }, "tracking recompute failed");
    } finally {
      noteRunTime(userId, Date.now() - started, Date.now());
    }
  });
}


const WAIT_STEP_MS = 50;
/** A change older than this is the sweeper's: a page does not wait for it. */
const ABANDONED_AFTER_MS = 30_000;

/**
 * For pages and JSON reads: true once no change of this traveller is waiting (their own write
 * is reflected), false after `maxMs` — the page then says it is still updating. Only reads.
 */
export async function awaitTrackingSettled(userId: string, maxMs = 4_000): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  const local = pending.get(userId);
  if (local) await Promise.race([local.next ?? local.running, sleep(maxMs)]);
  for (;;) {
    const waiting = await db.trackingChange.findFirst({ where: { userId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    if (!waiting) return true;
    if (Date.now() - waiting.createdAt.getTime() > ABANDONED_AFTER_MS || Date.now() >= deadline) return false;
    const running = pending.get(userId);
    await (running ? Promise.race([running.next ?? running.running, sleep(deadline - Date.now())]) : sleep(WAIT_STEP_MS));
  }
}

/** Recomputes for every traveller with a change left waiting longer than `olderThanMs`. */
export async function sweepTrackingChanges(olderThanMs = ABANDONED_AFTER_MS): Promise<number> {
  const rows = await db.trackingChange.findMany({
    where: { createdAt: { lt: new Date(Date.now() - olderThanMs) } }, distinct: ["userId"], select: { userId: true }, take: 100,
  });
  for (const { userId } of rows) await processTrackingChanges(userId);
  return rows.length;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * Many writes of one traveller at once (a burst of slips, an app retrying) need not each
 * recompute: while one run goes, every later caller shares the single next one, which starts
 * after the running one ends — so each caller's change is handled by a run that began after it
 * was queued. Per process; other instances coalesce their own, and the database rows decide what
 * each run handles.
 */
type Pending = Map<string, { running: Promise<void>; next: Promise<void> | null }>;
// One map per process, kept on globalThis: Next bundles route handlers, pages and server actions
// as separate module graphs, and a page must see the run its own action started.
const shared = globalThis as typeof globalThis & { sliptrackTrackingRuns?: Pending };
const pending: Pending = (shared.sliptrackTrackingRuns ??= new Map());

function coalesce(userId: string, run: () => Promise<void>): Promise<void> {
  const entry = pending.get(userId);
  if (!entry) {
    const running = run().finally(() => {
      const current = pending.get(userId);
      if (current && current.running === running && !current.next) pending.delete(userId);
    });
    pending.set(userId, { running, next: null });
    return running;
  }
  entry.next ??= entry.running.then(() => {
    entry.next = null;
    const running = run().finally(() => {
      if (pending.get(userId) === entry && entry.running === running && !entry.next) pending.delete(userId);
    });
    entry.running = running;
    return running;
  });
  return entry.next;
}

/**
 * A per-traveller time budget (issue 14): one traveller's recomputes take at most half of the
 * recompute thread and of the database's time. A run that took `ms` (over LONG_RUN_MS) makes the
 * traveller's next run wait `ms` after it ended, so a traveller with 100 000 records writing
 * without pause gets a recompute every few seconds instead of one after another, and everyone
 * else's requests and recomputes share what is left. Short runs (every normal account) never wait.
 */
const LONG_RUN_MS = 200;
type Budget = Map<string, { notBefore: number }>;
const budgets: Budget = ((shared as typeof shared & { sliptrackTrackingBudgets?: Budget }).sliptrackTrackingBudgets ??= new Map());

function noteRunTime(userId: string, ms: number, endedAt: number): void {
  if (ms < LONG_RUN_MS) budgets.delete(userId);
  else budgets.set(userId, { notBefore: endedAt + ms });
}

function budgetWait(userId: string, now = Date.now()): number {
  const budget = budgets.get(userId);
  return budget ? Math.max(0, budget.notBefore - now) : 0;
}
