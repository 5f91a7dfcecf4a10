/**
 * Recomputes where the slips of one traveller stand (docs/statuses.md "In the app"), one
 * cluster at a time (domain/matching/tracking-clusters.ts): for each cluster the changed days
 * touch, loads its slips, the records within its reach and the traveller's decisions on those
 * slips, runs matchSlips (confirmed and rejected pairs are passed in, never re-scored; a
 * rejected pair is never proposed again), replaces the proposed matches, derives each slip's
 * status and writes what changed — one transaction per cluster. A slip whose status moves to
 * "duplicate" or "posted" gets a Notification (only on a change); email follows when SMTP is
 * configured. Run by the tracking queue (tracking-queue.ts) after writes, never by a read.
 */
import "server-only";
import { matchSlips, recordsById, resolveCharges, type ChargeIds, type MatchDecision, type MatchRecord } from "@/domain/matching";
import { deriveSlipStatus, type SlipStatus } from "@/domain/status";
import { addDays } from "@/domain/calendar";
import { ALL_DAYS, SLIP_REACH, clusterSlipDays, clustersTouched, type DayRange } from "@/domain/matching/tracking-clusters";
import { databaseProvider, db } from "@/server/db";
import { logger } from "@/server/logger";
import { recordStatusMoves } from "./status-change-writes";
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

/** The slips of one cluster: those whose own day lies inside it (their reach is the cluster's). */
function clusterSlipWhere(userId: string, cluster: DayRange) {
  return { userId, localDateTime: { gte: addDays(cluster.from, SLIP_REACH.before), lt: addDays(cluster.to, -SLIP_REACH.after + 1) } };
}

async function loadInputs(userId: string, cluster: DayRange) {
  const slipWhere = clusterSlipWhere(userId, cluster);
  const [slipRows, recordRows, decisionRows, previous] = await Promise.all([
    db.slip.findMany({ where: slipWhere, select: TRACKING_SLIP_SELECT }),
    db.issuerRecord.findMany({ where: { userId, transactionDate: { gte: cluster.from, lte: cluster.to } }, select: TRACKING_RECORD_SELECT }),
    db.slipMatch.findMany({ where: { userId, decision: { in: ["confirmed", "rejected"] }, slip: slipWhere }, select: { slipId: true, recordId: true, decision: true } }),
    db.slipTracking.findMany({
      where: { userId, slip: slipWhere },
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
  return { slipWhere, slipRows, records: recordRows.map(toMatchRecord), decisions, rates, previous: new Map(previous.map((p) => [p.slipId, p])) };
}

function deriveAll(inputs: Awaited<ReturnType<typeof loadInputs>>, today: string) {
  const slips = inputs.slipRows.map(toMatchSlip);
  const result = matchSlips({ slips, records: inputs.records, decisions: inputs.decisions, rates: inputs.rates, today });
  const chargesBySlip = new Map(result.charges.map((entry) => [entry.slipId, entry.charges]));
  // Indexed once for the cluster: per slip it was rebuilt over every record (100 000 × 50 slips).
  const byId = recordsById(inputs.records as MatchRecord[]);
  const statuses = inputs.slipRows.map((row, index) => {
    const chargeIds: ChargeIds[] = chargesBySlip.get(row.id) ?? [];
    const status = deriveSlipStatus({
      slip: slips[index]!, charges: resolveCharges(chargeIds, byId), paidInstead: toPaidInstead(row), today,
    });
    return { slipId: row.id, chargeIds, status };
  });
  return { matches: result.matches, statuses };
}

/**
 * Recomputes the clusters that the changed days touch (every cluster by default) and returns
 * what changed so callers and tests can see it. Matching each cluster alone gives the same links
 * as matching everything: clusters share no record. Two runs for one traveller racing (two
 * instances) can make one transaction fail on the (slipId, recordId) key or a busy snapshot: the
 * cluster is run once more on fresh inputs.
 */
export async function recomputeTracking(userId: string, today: string = todayIso(), changes: readonly DayRange[] = [ALL_DAYS]): Promise<RecomputeSummary> {
  const slipDays = await db.slip.findMany({ where: { userId }, select: { localDateTime: true } });
  const clusters = clustersTouched(clusterSlipDays(slipDays.map((s) => s.localDateTime.slice(0, 10))), changes);
  const summary: RecomputeSummary = { slips: 0, matches: 0, notified: [] };
  for (const cluster of clusters) {
    let part: RecomputeSummary;
    try {
      part = await recomputeOnce(userId, today, cluster);
    } catch (error) {
      logger.warn({ err: error }, "tracking recompute retried");
      part = await recomputeOnce(userId, today, cluster);
    }
    summary.slips += part.slips;
    summary.matches += part.matches;
    summary.notified.push(...part.notified);
  }
  return summary;
}

async function recomputeOnce(userId: string, today: string, cluster: DayRange): Promise<RecomputeSummary> {
  const inputs = await loadInputs(userId, cluster);
  const { matches, statuses } = deriveAll(inputs, today);
  const decided = new Set(inputs.decisions.map((d) => `${d.slipId} ${d.recordId}`));
  const notified: { slipId: string; kind: string }[] = [];

  await db.$transaction(async (tx) => {
    // On SQLite, take the write lock first: the recompute runs on its own connection (the worker
    // thread's), and a transaction that reads and then writes fails at once ("database is
    // locked") when another connection wrote in between; one that starts by writing waits its turn.
    if (databaseProvider === "sqlite") await tx.$executeRawUnsafe(`UPDATE "TrackingChange" SET "userId" = "userId" WHERE 0`);
    // Proposed rows are replaced, but a pair proposed again keeps its row (and id), so a
    // confirm/reject form rendered before this recompute still names it.
    const proposed = matches.filter((m) => m.decision === "proposed" && !decided.has(`${m.slipId} ${m.recordId}`));
    const existing = await tx.slipMatch.findMany({
      where: { userId, decision: "proposed", slip: inputs.slipWhere },
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
    // Each stored status that moves, for the "what changed" lists (server/tracking/status-changes.ts).
    const moves: { userId: string; slipId: string; fromStatus: string; toStatus: string }[] = [];
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
      if (before && before.status !== status.status) moves.push({ userId, slipId, fromStatus: before.status, toStatus: status.status });
      if (before?.status !== status.status && NOTIFIED_STATUSES.includes(status.status)) {
        await tx.notification.create({ data: { userId, slipId, kind: status.status } });
        notified.push({ slipId, kind: status.status });
      }
    }
    if (moves.length > 0) await recordStatusMoves(tx, userId, moves);
  });

  if (notified.length > 0) {
    // Email is a courtesy on top of the in-app notification: a mail failure never undoes a write.
    await sendStatusEmails(userId, notified).catch((err: unknown) => logger.warn({ err }, "status email failed"));
  }
  return { slips: statuses.length, matches: matches.length, notified };
}
