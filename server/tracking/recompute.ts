/**
 * Recomputes where every slip of one traveller stands (docs/statuses.md "In the app"): loads the
 * slips, the issuer records and the traveller's decisions, runs matchSlips (confirmed and
 * rejected pairs are passed in, never re-scored; a rejected pair is never proposed again),
 * replaces the proposed matches, derives each slip's status and writes it — all in one
 * transaction. A slip whose status moves to "duplicate" or "posted" gets a Notification (only
 * on a change); email follows when SMTP is configured. Called after every write that changes
 * an input: slip writes, record imports, feed events, match decisions.
 */
import "server-only";
import { matchSlips, resolveCharges, type ChargeIds, type MatchDecision, type MatchRecord } from "@/domain/matching";
import { deriveSlipStatus, type SlipStatus } from "@/domain/status";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { loadReferenceRates, refreshReferenceRates } from "./reference-rates";
import { sendStatusEmails } from "./status-email";
import { TRACKING_RECORD_SELECT, TRACKING_SLIP_SELECT, toMatchRecord, toMatchSlip, toPaidInstead } from "./tracking-inputs";

export const NOTIFIED_STATUSES: readonly SlipStatus[] = ["duplicate", "posted"];

/** The server's calendar date, "YYYY-MM-DD" (UTC): the reference day for windows and deadlines. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True when every field of `data` already has that value in `row`. */
function sameFields(row: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).every(([key, value]) => row[key] === value);
}

export type RecomputeSummary = { slips: number; matches: number; notified: { slipId: string; kind: string }[] };

async function loadInputs(userId: string) {
  const [slipRows, recordRows, decisionRows, previous] = await Promise.all([
    db.slip.findMany({ where: { userId }, select: TRACKING_SLIP_SELECT }),
    db.issuerRecord.findMany({ where: { userId }, select: TRACKING_RECORD_SELECT }),
    db.slipMatch.findMany({ where: { userId, decision: { in: ["confirmed", "rejected"] } }, select: { slipId: true, recordId: true, decision: true } }),
    db.slipTracking.findMany({
      where: { userId },
      select: { slipId: true, status: true, since: true, evidence: true, nextStep: true, charges: true, dispute: true, needsAction: true },
    }),
  ]);
  const decisions: MatchDecision[] = decisionRows.map((row) => ({
    slipId: row.slipId, recordId: row.recordId, decision: row.decision === "confirmed" ? "confirmed" : "rejected",
  }));
  // Reference rates (rate chain d) around the slips' days: refreshed first when ECB_RATES=on and due.
  const billed = new Set(recordRows.map((r) => r.billedCurrency));
  const foreign = slipRows.filter((s) => billed.size > (billed.has(s.currency) ? 1 : 0));
  if (foreign.length > 0) await refreshReferenceRates();
  const rates = await loadReferenceRates(foreign.map((s) => s.localDateTime.slice(0, 10)));
  return { slipRows, records: recordRows.map(toMatchRecord), decisions, rates, previous: new Map(previous.map((p) => [p.slipId, p])) };
}

function deriveAll(inputs: Awaited<ReturnType<typeof loadInputs>>, today: string) {
  const slips = inputs.slipRows.map(toMatchSlip);
  const result = matchSlips({ slips, records: inputs.records, decisions: inputs.decisions, rates: inputs.rates, today });
  const chargesBySlip = new Map(result.charges.map((entry) => [entry.slipId, entry.charges]));
  const statuses = inputs.slipRows.map((row, index) => {
    const chargeIds: ChargeIds[] = chargesBySlip.get(row.id) ?? [];
    const status = deriveSlipStatus({
      slip: slips[index]!, charges: resolveCharges(chargeIds, inputs.records as MatchRecord[]), paidInstead: toPaidInstead(row), today,
    });
    return { slipId: row.id, chargeIds, status };
  });
  return { matches: result.matches, statuses };
}

/**
 * One pass for one traveller; returns what changed so callers and tests can see it. Two writes
 * of one traveller racing (an import while a match is confirmed) can make one transaction fail
 * on the (slipId, recordId) key or a busy snapshot: it is run once more on fresh inputs.
 */
export async function recomputeTracking(userId: string, today: string = todayIso()): Promise<RecomputeSummary> {
  try {
    return await recomputeOnce(userId, today);
  } catch (error) {
    logger.warn({ err: error }, "tracking recompute retried");
    return recomputeOnce(userId, today);
  }
}

async function recomputeOnce(userId: string, today: string): Promise<RecomputeSummary> {
  const inputs = await loadInputs(userId);
  const { matches, statuses } = deriveAll(inputs, today);
  const decided = new Set(inputs.decisions.map((d) => `${d.slipId} ${d.recordId}`));
  const notified: { slipId: string; kind: string }[] = [];

  await db.$transaction(async (tx) => {
    // Proposed rows are replaced, but a pair proposed again keeps its row (and id), so a
    // confirm/reject form rendered before this recompute still names it.
    const proposed = matches.filter((m) => m.decision === "proposed" && !decided.has(`${m.slipId} ${m.recordId}`));
    const existing = await tx.slipMatch.findMany({
      where: { userId, decision: "proposed" },
      select: { id: true, slipId: true, recordId: true, chargeId: true, role: true, pass: true, score: true, reasons: true },
    });
    const existingIds = new Map(existing.map((row) => [`${row.slipId} ${row.recordId}`, row]));
    const keep = new Set(proposed.map((m) => `${m.slipId} ${m.recordId}`));
    const gone = existing.filter((row) => !keep.has(`${row.slipId} ${row.recordId}`)).map((row) => row.id);
    if (gone.length > 0) await tx.slipMatch.deleteMany({ where: { userId, id: { in: gone } } });
    const fresh = [];
    for (const m of proposed) {
      const data = { chargeId: m.chargeId, role: m.role, pass: m.pass, score: m.score ? JSON.stringify(m.score) : null, reasons: JSON.stringify(m.reasons) };
      const row = existingIds.get(`${m.slipId} ${m.recordId}`);
      if (!row) fresh.push({ ...data, userId, slipId: m.slipId, recordId: m.recordId, decision: "proposed" });
      else if (!sameFields(row, data)) await tx.slipMatch.update({ where: { id: row.id }, data });
    }
    if (fresh.length > 0) await tx.slipMatch.createMany({ data: fresh });
    // A confirmed pair keeps its decision; the charge it belongs to may have grown (a posting
    // after the confirmed hold), so its charge id and role follow the engine.
    for (const m of matches.filter((x) => x.decision === "confirmed")) {
      await tx.slipMatch.updateMany({ where: { userId, slipId: m.slipId, recordId: m.recordId, decision: "confirmed" }, data: { chargeId: m.chargeId, role: m.role } });
    }
    for (const { slipId, chargeIds, status } of statuses) {
      const data = {
        status: status.status, since: status.since, evidence: JSON.stringify(status.evidence), nextStep: JSON.stringify(status.nextStep),
        charges: JSON.stringify(chargeIds), dispute: status.dispute ? JSON.stringify(status.dispute) : null, needsAction: status.needsAction,
      };
      const before = inputs.previous.get(slipId);
      // Only what changed is written: a traveller with thousands of slips adds one slip
      // without rewriting every other slip's row.
      if (!before || !sameFields(before, data)) {
        await tx.slipTracking.upsert({ where: { slipId }, create: { slipId, userId, ...data }, update: data });
      }
      if (before?.status !== status.status && NOTIFIED_STATUSES.includes(status.status)) {
        await tx.notification.create({ data: { userId, slipId, kind: status.status } });
        notified.push({ slipId, kind: status.status });
      }
    }
    // One statement marks every row as computed now: ensureTrackingFresh reads that time.
    await tx.slipTracking.updateMany({ where: { userId }, data: { updatedAt: new Date() } });
  });

  if (notified.length > 0) {
    // Email is a courtesy on top of the in-app notification: a mail failure never undoes a write.
    await sendStatusEmails(userId, notified).catch((err: unknown) => logger.warn({ err }, "status email failed"));
  }
  return { slips: statuses.length, matches: matches.length, notified };
}

/**
 * For pages: statuses depend on today (a hold becomes overdue, a slip stale), so a traveller's
 * tracking is recomputed when any slip has none yet, it was last computed before today, or a
 * record arrived after it.
 */
export async function ensureTrackingFresh(userId: string, today: string = todayIso()): Promise<void> {
  const [slipCount, tracked, oldest] = await Promise.all([
    db.slip.count({ where: { userId } }),
    db.slipTracking.count({ where: { userId } }),
    db.slipTracking.findFirst({ where: { userId }, orderBy: { updatedAt: "asc" }, select: { updatedAt: true } }),
  ]);
  const isOld = oldest ? todayIso(oldest.updatedAt) < today : false;
  // A safety net behind the write hooks: a record stored after the last recompute.
  const hasNewRecords = oldest ? (await db.issuerRecord.count({ where: { userId, createdAt: { gt: oldest.updatedAt } } })) > 0 : false;
  if (slipCount !== tracked || isOld || hasNewRecords) await recomputeTracking(userId, today);
}

/**
 * The hook other writes call once their own transaction has committed. Tracking is derived
 * data: a failure here is logged and must not turn a saved slip or import into an error the
 * traveller would retry (and so save twice); the next write or page view recomputes again.
 */
export function refreshTracking(userId: string): Promise<void> {
  return coalesce(userId, async () => {
    try {
      await recomputeTracking(userId);
    } catch (err) {
      logger.error({ err }, "tracking recompute failed");
    }
  });
}

/**
 * Many writes of one traveller at once (a burst of slips, an app retrying) need not each
 * recompute everything: while one recompute runs, every later caller shares the single next
 * one, which starts after the running one ends — so each caller still waits for a recompute
 * that began after its own write committed. Per process; other instances do their own.
 */
const pending = new Map<string, { running: Promise<void>; next: Promise<void> | null }>();

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
