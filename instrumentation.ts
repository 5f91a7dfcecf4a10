/**
 * Runs once when a server instance starts (Next's instrumentation hook): starts the scheduler
 * (server/scheduler, docs/decisions/0003-scheduler.md). Every instance ticks every
 * SCHEDULER_INTERVAL_MS (default 30 s); only the one holding the database lease runs the jobs —
 * the tracking sweep, the stored-data sweeps and the daily reminders (server/scheduler/jobs.ts).
 * SCHEDULER_INTERVAL_MS=0 turns it off on this instance.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/env");
  if (env.SCHEDULER_INTERVAL_MS <= 0) return;
  const { createScheduler } = await import("@/server/scheduler/scheduler");
  const { listJobs } = await import("@/server/scheduler/jobs");
  const scheduler = createScheduler({ jobs: listJobs(), leaseMs: Math.max(3 * env.SCHEDULER_INTERVAL_MS, 10_000) });
  // No signal handlers here (one would replace Node's exit on SIGTERM): when this instance stops,
  // another takes the lease once it expires.
  scheduler.start(env.SCHEDULER_INTERVAL_MS, Math.min(5_000, env.SCHEDULER_INTERVAL_MS));
}
