/**
 * Tracking as a projection: a write queues the days it changed and the recompute handles only
 * the clusters of slips those days fall in; the result is the same as recomputing everything;
 * reads never write; a change left behind is picked up by the sweeper.
 */
import "../helpers/test-environment";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { recomputeTracking } from "@/server/tracking/recompute";
import { awaitTrackingSettled, noteTrackingChange, sweepTrackingChanges, trackingChanged } from "@/server/tracking/tracking-queue";
import { getPaymentsForUser, getTrackingForUser } from "@/server/tracking/tracking-queries";
import { createSlip } from "@/server/slips/slip-writes";
import { createTestUser, slipFields } from "../helpers/slip-fixtures";

const TODAY = "2025-12-20";

async function logSlip(userId: string, localDateTime: string, merchantName: string) {
  return (await createSlip(userId, { raw: slipFields({ localDateTime, merchantName }), uploads: [], locale: "en" })).id;
}

function addRecord(userId: string, transactionDate: string, merchant: string) {
  return db.issuerRecord.create({
    data: {
      userId, source: "statement", kind: "purchase", state: "posted", transactionDate, postingDate: transactionDate,
      billedAmountMinor: 1280n, billedCurrency: "JPY", merchant, cardLast4: "4242", fingerprint: randomBytes(8).toString("hex"),
    },
    select: { id: true },
  });
}

/** Everything tracking wrote for a user, comparable across runs (ids of rows aside). */
async function trackingState(userId: string) {
  const [tracking, matches] = await Promise.all([
    db.slipTracking.findMany({ where: { userId }, orderBy: { slipId: "asc" }, select: { slipId: true, status: true, charges: true, needsAction: true } }),
    db.slipMatch.findMany({ where: { userId }, orderBy: [{ slipId: "asc" }, { recordId: "asc" }], select: { slipId: true, recordId: true, decision: true, role: true } }),
  ]);
  return { tracking, matches };
}

describe("tracking queue", () => {
  it("recomputes only the trip a new record falls in, with the same result as a full recompute", async () => {
    const user = await createTestUser("queue");
    const march = await logSlip(user.id, "2025-03-14T12:00", "Lawson Shibuya");
    const november = await logSlip(user.id, "2025-11-02T09:30", "FamilyMart Namba");
    expect(await db.trackingChange.count({ where: { userId: user.id } })).toBe(0);

    const marchBefore = await db.slipTracking.findUniqueOrThrow({ where: { slipId: march } });
    await addRecord(user.id, "2025-11-03", "FAMILYMART NAMBA OSAKA JP");
    await noteTrackingChange(db, user.id, ["2025-11-03"]);
    const touched = await recomputeTracking(user.id, TODAY, [{ from: "2025-11-03", to: "2025-11-03" }]);
    expect(touched.slips).toBe(1);
    expect((await db.slipTracking.findUniqueOrThrow({ where: { slipId: november } })).status).toBe("posted");
    // The March trip was not part of the run: its row is exactly as it was.
    expect(await db.slipTracking.findUniqueOrThrow({ where: { slipId: march } })).toEqual(marchBefore);

    const incremental = await trackingState(user.id);
    await recomputeTracking(user.id, TODAY);
    expect(await trackingState(user.id)).toEqual(incremental);
  });

  it("a record far from every slip recomputes nothing", async () => {
    const user = await createTestUser("queue-far");
    await logSlip(user.id, "2025-03-14T12:00", "Lawson Shibuya");
    const summary = await recomputeTracking(user.id, TODAY, [{ from: "2024-01-05", to: "2024-01-05" }]);
    expect(summary.slips).toBe(0);
  });

  it("handles a write's change before the write returns outside a request, leaving nothing queued", async () => {
    const user = await createTestUser("queue-write");
    await addRecord(user.id, "2025-03-15", "LAWSON SHIBUYA TOKYO JP");
    const slipId = await logSlip(user.id, "2025-03-14T12:00", "Lawson Shibuya");
    expect(await db.trackingChange.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.slipMatch.count({ where: { slipId } })).toBe(1);
  });

  it("reads only read: a queued change is left for the queue, and the page says it is updating", async () => {
    const user = await createTestUser("queue-read");
    const slipId = await logSlip(user.id, "2025-03-14T12:00", "Lawson Shibuya");
    await addRecord(user.id, "2025-03-15", "LAWSON SHIBUYA TOKYO JP");
    await noteTrackingChange(db, user.id, ["2025-03-15"]);
    const view = await getTrackingForUser(user.id, slipId, TODAY);
    expect(view?.isUpdating).toBe(true);
    expect(view?.matches).toEqual([]);
    expect((await getPaymentsForUser(user.id, TODAY)).isUpdating).toBe(true);
    expect(await db.trackingChange.count({ where: { userId: user.id } })).toBe(1);

    // The sweeper picks up what no instance handled.
    expect(await sweepTrackingChanges(0)).toBeGreaterThanOrEqual(1);
    expect(await awaitTrackingSettled(user.id, 100)).toBe(true);
    const after = await getTrackingForUser(user.id, slipId, TODAY);
    expect(after?.isUpdating).toBe(false);
    expect(after?.matches).toHaveLength(1);
  });

  it("derives today's status at read time: an old slip with nothing becomes stale without a recompute", async () => {
    const user = await createTestUser("queue-today");
    const slipId = await logSlip(user.id, "2025-03-14T12:00", "Lawson Shibuya");
    expect((await getTrackingForUser(user.id, slipId, "2025-03-16"))?.status).toBe("awaiting");
    expect((await getTrackingForUser(user.id, slipId, "2025-12-20"))?.status).toBe("unmatched_stale");
    expect(await db.trackingChange.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an account-wide change recomputes every trip", async () => {
    const user = await createTestUser("queue-all");
    await logSlip(user.id, "2025-03-14T12:00", "Lawson Shibuya");
    await logSlip(user.id, "2025-11-02T09:30", "FamilyMart Namba");
    await trackingChanged(user.id, "all");
    expect(await db.trackingChange.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.slipTracking.count({ where: { userId: user.id } })).toBe(2);
  });
});
