/**
 * Tracking recompute on a throwaway database: statuses move as records arrive, the traveller's
 * decisions are respected (a rejected pair never comes back, a confirmed one is kept), and a
 * notification is written only when a status changes to "posted" or "duplicate".
 */
import "../helpers/test-environment";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { recomputeTracking } from "@/server/tracking/recompute";
import { decideMatch, markNotificationsRead, reopenMatch } from "@/server/tracking/match-decisions";
import { getPaymentsForUser, getTimelineForUser, getTrackingForUser } from "@/server/tracking/tracking-queries";
import { createSlip } from "@/server/slips/slip-writes";
import { createTestUser, slipFields } from "../helpers/slip-fixtures";

const TODAY = "2025-03-20";

async function logSlip(userId: string, overrides: Record<string, string> = {}) {
  return (await createSlip(userId, { raw: slipFields(overrides), uploads: [], locale: "en" })).id;
}

async function addRecord(userId: string, overrides: Partial<{ merchant: string; transactionDate: string; billedAmountMinor: bigint; kind: string; state: string }> = {}) {
  return db.issuerRecord.create({
    data: {
      userId, source: "statement", kind: "purchase", state: "posted", transactionDate: "2025-03-15", postingDate: "2025-03-16",
      billedAmountMinor: 1280n, billedCurrency: "JPY", merchant: "LAWSON SHIBUYA TOKYO JP", cardLast4: "4242",
      fingerprint: randomBytes(8).toString("hex"), ...overrides,
    },
    select: { id: true },
  });
}

const statusOf = async (slipId: string) => (await db.slipTracking.findUniqueOrThrow({ where: { slipId } })).status;
const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { slipId: true, kind: true } });

describe("recomputeTracking", () => {
  it("moves a slip from awaiting to posted to duplicate, notifying only on a change", async () => {
    const user = await createTestUser("track");
    const slipId = await logSlip(user.id);
    await recomputeTracking(user.id, TODAY);
    expect(await statusOf(slipId)).toBe("awaiting");
    expect(await notificationsOf(user.id)).toEqual([]);

    const first = await addRecord(user.id);
    const posted = await recomputeTracking(user.id, TODAY);
    expect(await statusOf(slipId)).toBe("posted");
    expect(posted.notified).toEqual([{ slipId, kind: "posted" }]);
    const proposed = await db.slipMatch.findMany({ where: { slipId }, select: { id: true, recordId: true, decision: true, score: true, reasons: true } });
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toMatchObject({ recordId: first.id, decision: "proposed" });
    expect(JSON.parse(proposed[0]!.score!)).toMatchObject({ amount: 1, card: "same", dateDistanceDays: 1 });
    expect(JSON.parse(proposed[0]!.reasons).map((r: { key: string }) => r.key)).toContain("match.amount.exact.same");

    // Nothing changed: no second notification, and the proposed row keeps its id.
    expect((await recomputeTracking(user.id, TODAY)).notified).toEqual([]);
    expect((await db.slipMatch.findFirstOrThrow({ where: { slipId } })).id).toBe(proposed[0]!.id);

    await addRecord(user.id, { transactionDate: "2025-03-15" });
    const twice = await recomputeTracking(user.id, TODAY);
    expect(await statusOf(slipId)).toBe("duplicate");
    expect(twice.notified).toEqual([{ slipId, kind: "duplicate" }]);
    const tracking = await getTrackingForUser(user.id, slipId, TODAY);
    expect(tracking?.needsAction).toBe(true);
    expect(tracking?.dispute).toMatchObject({ deadline: "2025-07-14", isExpired: false });
    expect(tracking?.nextStep.key).toBe("next.chargedTwice");
    expect(await notificationsOf(user.id)).toEqual([{ slipId, kind: "posted" }, { slipId, kind: "duplicate" }]);
  });

  it("never proposes a rejected pair again and keeps a confirmed one", async () => {
    const user = await createTestUser("decide");
    const slipId = await logSlip(user.id);
    const first = await addRecord(user.id);
    const second = await addRecord(user.id);
    await recomputeTracking(user.id, TODAY);
    expect(await statusOf(slipId)).toBe("duplicate");
    const matches = await db.slipMatch.findMany({ where: { slipId }, select: { id: true, recordId: true } });
    const matchOf = (recordId: string) => matches.find((m) => m.recordId === recordId)!.id;

    await decideMatch(user.id, matchOf(second.id), "rejected");
    expect(await statusOf(slipId)).toBe("posted");
    await decideMatch(user.id, matchOf(first.id), "confirmed");
    await recomputeTracking(user.id, TODAY);
    await recomputeTracking(user.id, TODAY);

    const rows = await db.slipMatch.findMany({ where: { slipId }, select: { recordId: true, decision: true } });
    expect(rows).toEqual(expect.arrayContaining([{ recordId: first.id, decision: "confirmed" }, { recordId: second.id, decision: "rejected" }]));
    expect(rows).toHaveLength(2);
    expect(await statusOf(slipId)).toBe("posted");
    const timeline = await getTimelineForUser(user.id, slipId, TODAY);
    expect(timeline?.stages.find((s) => s.stage === "clearedPosted")?.state).toBe("proven");
  });

  it("undoes a decision: a rejected pair reopened is proposed again and the status follows", async () => {
    const user = await createTestUser("undo");
    const slipId = await logSlip(user.id);
    const first = await addRecord(user.id);
    const second = await addRecord(user.id);
    await recomputeTracking(user.id, TODAY);
    const matches = await db.slipMatch.findMany({ where: { slipId }, select: { id: true, recordId: true } });
    const secondMatch = matches.find((m) => m.recordId === second.id)!.id;
    await decideMatch(user.id, secondMatch, "rejected");
    await recomputeTracking(user.id, TODAY);
    expect(await statusOf(slipId)).toBe("posted");
    await reopenMatch(user.id, secondMatch);
    await recomputeTracking(user.id, TODAY);
    const rows = await db.slipMatch.findMany({ where: { slipId }, select: { id: true, recordId: true, decision: true } });
    expect(rows.find((r) => r.recordId === second.id)).toEqual({ id: secondMatch, recordId: second.id, decision: "proposed" });
    expect(rows.find((r) => r.recordId === first.id)?.decision).toBe("proposed");
    expect(await statusOf(slipId)).toBe("duplicate");
    // Another traveller cannot reopen it.
    const stranger = await createTestUser("undo-stranger");
    await expect(reopenMatch(stranger.id, secondMatch)).rejects.toMatchObject({ code: "notFound" });
  });

  it("calls a slip paid another way and charged anyway a duplicate, and an old slip with nothing stale", async () => {
    const user = await createTestUser("paid");
    const paidId = await logSlip(user.id, { paidInsteadMethod: "cash", paidInsteadAmount: "1280" });
    const oldId = await logSlip(user.id, { merchantName: "ICHIRAN SHIBUYA", localDateTime: "2025-01-05T12:00", amount: "980" });
    await addRecord(user.id);
    await recomputeTracking(user.id, TODAY);
    expect(await statusOf(paidId)).toBe("duplicate");
    expect(JSON.parse((await db.slipTracking.findUniqueOrThrow({ where: { slipId: paidId } })).dispute!)).toMatchObject({ grounds: "dispute.grounds.other.paidByOtherMeans" });
    expect(await statusOf(oldId)).toBe("unmatched_stale");
    const overview = await getPaymentsForUser(user.id, TODAY);
    expect(overview.needsAction.map((i) => i.slipId).sort()).toEqual([oldId, paidId].sort());
    expect(overview.unreadCount).toBe(1);
    expect(await markNotificationsRead(user.id)).toBe(1);
    expect((await getPaymentsForUser(user.id, TODAY)).unreadCount).toBe(0);
  });

  it("recomputes when a slip is written, and refuses another user's match", async () => {
    const owner = await createTestUser("owner");
    const stranger = await createTestUser("stranger");
    await addRecord(owner.id);
    const slipId = await logSlip(owner.id);
    // createSlip ran the recompute (today's date): the record is already proposed.
    const match = await db.slipMatch.findFirstOrThrow({ where: { slipId }, select: { id: true } });
    await expect(decideMatch(stranger.id, match.id, "confirmed")).rejects.toMatchObject({ code: "notFound" });
    expect((await db.slipMatch.findUniqueOrThrow({ where: { id: match.id } })).decision).toBe("proposed");
    await expect(markNotificationsRead(stranger.id, (await db.notification.findFirstOrThrow({ where: { userId: owner.id } })).id)).rejects.toMatchObject({ code: "notFound" });
    expect(await getTrackingForUser(stranger.id, slipId)).toBeNull();
  });
});
