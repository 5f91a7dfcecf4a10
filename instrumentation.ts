/**
 * Runs once when a server instance starts (Next's instrumentation hook). The tracking sweeper
 * recomputes for any traveller whose change was left waiting (an instance stopped between a
 * write and its recompute): every 30 s, changes older than 30 s. Each instance sweeps; a change
 * two instances pick up at once is recomputed twice, which is harmless.
 * Every 5 minutes (and once at start) two more sweeps run: expired statement previews are deleted
 * (server/imports/import-sweep.ts), photo drafts past their hour and sign-ups past their day go
 * (server/photos/photo-drafts.ts, server/auth/confirm-sign-up.ts)
 * and photo bytes that no photo or draft row names are removed (server/photos/orphan-sweep.ts).
 * All are idempotent, so every instance may run them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { sweepTrackingChanges } = await import("@/server/tracking/tracking-queue");
  const { logger } = await import("@/server/logger");
  const timer = setInterval(() => {
    sweepTrackingChanges().catch((err: unknown) => logger.error({ err }, "tracking sweep failed"));
  }, 30_000);
  timer.unref();

  const { sweepExpiredImportPreviews } = await import("@/server/imports/import-sweep");
  const { sweepOrphanPhotoBlobs, sweepOrphanPhotoFiles } = await import("@/server/photos/orphan-sweep");
  const { sweepExpiredPhotoDrafts } = await import("@/server/photos/photo-drafts");
  const { sweepExpiredSignUps } = await import("@/server/auth/confirm-sign-up");
  const { photoStoreKind } = await import("@/server/photos/storage");
  const { env } = await import("@/env");
  const sweepStored = async () => {
    await sweepExpiredImportPreviews();
    await sweepExpiredPhotoDrafts();
    await sweepExpiredSignUps();
    if (photoStoreKind() === "database") await sweepOrphanPhotoBlobs();
    else await sweepOrphanPhotoFiles(env.PHOTO_DIR);
  };
  const run = () => void sweepStored().catch((err: unknown) => logger.error({ err }, "preview and photo sweep failed"));
  setTimeout(run, 5_000).unref();
  setInterval(run, 5 * 60_000).unref();
}
