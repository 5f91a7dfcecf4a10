/**
 * Runs once when a server instance starts (Next's instrumentation hook). The tracking sweeper
 * recomputes for any traveller whose change was left waiting (an instance stopped between a
 * write and its recompute): every 30 s, changes older than 30 s. Each instance sweeps; a change
 * two instances pick up at once is recomputed twice, which is harmless.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { sweepTrackingChanges } = await import("@/server/tracking/tracking-queue");
  const { logger } = await import("@/server/logger");
  const timer = setInterval(() => {
    sweepTrackingChanges().catch((err: unknown) => logger.error({ err }, "tracking sweep failed"));
  }, 30_000);
  timer.unref();
}
