/**
 * The tracking recompute in its worker thread (server/tracking/recompute-pool.ts), bundled by
 * scripts/build-workers.mjs exactly as the build does: a slip charged twice is recomputed by the
 * worker through its own database client and ends "duplicate" with both records, as inline; the
 * main thread's event loop keeps turning while the worker works; the worker stays up for the next run.
 */
import "../helpers/test-environment";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ALL_DAYS } from "@/domain/matching/tracking-clusters";
import { db } from "@/server/db";
import { createWorkerRunner } from "@/server/tracking/recompute-pool";
import { todayIso } from "@/server/tracking/recompute";
import { createTestUser } from "../helpers/slip-fixtures";
import { buildWorkers } from "../../scripts/build-workers.mjs";
import { addDoubleCharge } from "../helpers/double-charge";

const root = path.resolve(import.meta.dirname, "..", "..");
// Inside the project, so the bundle's external packages resolve from node_modules as in .next/.
const distDir = mkdtempSync(path.join(root, "node_modules", ".cache-sliptrack-workers-"));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

const daysAgo = (n: number) => todayIso(new Date(Date.now() - n * 86_400_000));

describe("the recompute's worker thread", () => {
  it("recomputes through its own client, off the event loop", async () => {
    await buildWorkers(root, distDir);
    const runner = createWorkerRunner(path.join(distDir, "sliptrack-workers", "recompute.mjs"));
    try {
      const user = await createTestUser("worker");
      // Written straight to the database: the inline recompute of createSlip must not do the work.
      const slip = await db.slip.create({
        data: {
          userId: user.id, merchantName: "LAWSON SHIBUYA", country: "JP", localDateTime: `${daysAgo(10)}T18:05`, timeZone: "Asia/Tokyo", amountMinor: 1280n, currency: "JPY",
          cardLast4: "4242", entryMode: "chip", aid: "A0000000031010",
        },
        select: { id: true },
      });
      await addDoubleCharge(db, user.id);
      expect(await db.slipTracking.count({ where: { slipId: slip.id } })).toBe(0);
      let ticks = 0;
      const timer = setInterval(() => (ticks += 1), 5);
      await runner.run(user.id, todayIso(), [ALL_DAYS]);
      clearInterval(timer);
      const tracking = await db.slipTracking.findUniqueOrThrow({ where: { slipId: slip.id }, select: { status: true } });
      expect(tracking.status).toBe("duplicate");
      expect(await db.slipMatch.count({ where: { slipId: slip.id } })).toBe(2);
      // The worker loaded its bundle and Prisma while this thread kept running its timers.
      expect(ticks).toBeGreaterThan(5);
      // Nothing known to recompute for an unknown traveller: the worker answers, and stays up.
      await runner.run("no-such-user", todayIso(), [ALL_DAYS]);
      await runner.run(user.id, todayIso(), [ALL_DAYS]);
    } finally {
      await runner.close();
    }
  }, 60_000);
});
