/**
 * The jobs the scheduler runs (server/scheduler/scheduler.ts), one place for all of them:
 * - tracking sweep, every 30 s: recomputes for any traveller whose change was left waiting (an
 *   instance stopped between a write and its recompute; server/tracking/tracking-queue.ts);
 * - stored-data sweep, every 5 minutes: expired statement previews, photo drafts past their
 *   hour, sign-ups past their day, and photo bytes no row names;
 * - reminders, daily: dispute deadlines, follow-ups, hold drops and "check again" dates as
 *   notifications and email (server/disputes/deliver-reminders.ts).
 */
import "server-only";
import { env } from "@/env";
import type { ScheduledJob } from "./scheduler";

export function listJobs(): ScheduledJob[] {
  return [
    {
      name: "trackingSweep", everyMs: 30_000,
      run: async () => (await import("@/server/tracking/tracking-queue")).sweepTrackingChanges(),
    },
    {
      name: "storedSweep", everyMs: 5 * 60_000,
      run: async (now) => {
        const { sweepExpiredImportPreviews } = await import("@/server/imports/import-sweep");
        const { sweepOrphanPhotoBlobs, sweepOrphanPhotoFiles } = await import("@/server/photos/orphan-sweep");
        const { sweepExpiredPhotoDrafts } = await import("@/server/photos/photo-drafts");
        const { sweepExpiredSignUps } = await import("@/server/auth/confirm-sign-up");
        const { photoStoreKind } = await import("@/server/photos/storage");
        await sweepExpiredImportPreviews(now);
        await sweepExpiredPhotoDrafts(now);
        await sweepExpiredSignUps(now);
        if (photoStoreKind() === "database") await sweepOrphanPhotoBlobs(now);
        else await sweepOrphanPhotoFiles(env.PHOTO_DIR, now);
      },
    },
    {
      name: "reminders", daily: true,
      run: async (now) => (await import("@/server/disputes/deliver-reminders")).deliverDueReminders(now),
    },
  ];
}
