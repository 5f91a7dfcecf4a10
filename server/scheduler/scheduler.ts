/**
 * The scheduler (docs/decisions/0003-scheduler.md): jobs that run without anyone opening a page —
 * the tracking sweep, the stored-data sweeps and the daily reminders. Every instance ticks; on
 * each tick it tries to take (or renew) the "scheduler" lease, and only the instance holding it
 * runs the jobs that are due. When a job last ran is kept in the database (SchedulerJob), so a
 * job's interval holds across instances and restarts; a daily job runs on the first tick of each
 * UTC day. A job that fails is logged and tried again on the next tick; the others still run.
 * The clock is passed in: tests drive it by hand.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db as defaultDb, type Db } from "@/server/db";
import { logger } from "@/server/logger";
import { takeLease, releaseLease } from "./lease";

export type ScheduledJob = {
  name: string;
  /** Runs once this long has passed since it last ran (on any instance). */
  everyMs?: number;
  /** Runs once per UTC calendar day instead, on the first tick of the day. */
  daily?: boolean;
  run: (now: Date) => Promise<unknown>;
};

export type TickReport = { leader: boolean; ran: string[]; failed: string[] };

export type SchedulerOptions = {
  jobs: readonly ScheduledJob[];
  clock?: () => Date;
  holder?: string;
  /** How long a lease lasts without renewal: a stopped leader is replaced after this. */
  leaseMs?: number;
  db?: Db;
};

const LEASE = "scheduler";
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

function isDue(job: ScheduledJob, lastRunAt: Date | undefined, now: Date): boolean {
  if (!lastRunAt) return true;
  if (job.daily) return utcDay(lastRunAt) < utcDay(now);
  return now.getTime() - lastRunAt.getTime() >= (job.everyMs ?? 0);
}

export function createScheduler({ jobs, clock = () => new Date(), holder = randomUUID(), leaseMs = 90_000, db = defaultDb }: SchedulerOptions) {
  let ticking: Promise<TickReport> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function runTick(): Promise<TickReport> {
    const report: TickReport = { leader: false, ran: [], failed: [] };
    if (!(await takeLease(db, LEASE, holder, clock(), leaseMs))) return report;
    report.leader = true;
    const lastRuns = new Map((await db.schedulerJob.findMany({ select: { name: true, lastRunAt: true } })).map((j) => [j.name, j.lastRunAt]));
    for (const job of jobs) {
      const now = clock();
      if (!isDue(job, lastRuns.get(job.name), now)) continue;
      // Still the leader? A long job before this one may have outlasted the lease.
      if (!(await takeLease(db, LEASE, holder, now, leaseMs))) break;
      try {
        await job.run(now);
        await db.schedulerJob.upsert({ where: { name: job.name }, create: { name: job.name, lastRunAt: now }, update: { lastRunAt: now } });
        report.ran.push(job.name);
      } catch (err) {
        logger.error({ err, job: job.name }, "scheduled job failed");
        report.failed.push(job.name);
      }
    }
    return report;
  }

  return {
    holder,
    /** One tick; a tick already running on this instance is shared, never overlapped. */
    tick(): Promise<TickReport> {
      ticking ??= runTick().finally(() => {
        ticking = null;
      });
      return ticking;
    },
    start(intervalMs: number, firstAfterMs = 5_000): void {
      const tick = () => void this.tick().catch((err: unknown) => logger.error({ err }, "scheduler tick failed"));
      setTimeout(tick, firstAfterMs).unref();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    /** Stops ticking and hands the lease on (a clean shutdown). */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await ticking?.catch(() => undefined);
      await releaseLease(db, LEASE, holder);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
