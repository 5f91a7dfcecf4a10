/**
 * Reads of what tracking stored (server/tracking/recompute.ts): one slip's status, matches and
 * timeline, and the "My payments" dashboard. Every query takes the user id and scopes by it in
 * the same condition as any id, so another user's slip or match reads as missing. Reads only
 * read: they wait (bounded) for the traveller's own queued change to be handled, then derive
 * what depends on today — the status, its next step, a dispute's days left — from the stored
 * charges and their records, as a pure function (deriveSlipStatus); nothing is written.
 */
import "server-only";
import { recordsById, resolveCharges, type ChargeIds, type Reason, type ScoreParts } from "@/domain/matching";
import { buildTimeline, deriveSlipStatus, isStatusProbable, type Evidence, type NextStep, type SlipStatus, type SlipStatusResult, type StageState, type Timeline, type TimelineStageName } from "@/domain/status";
import { REMINDER_KINDS, type DisputeGrounds, type ReminderKind } from "@/domain/disputes";
import { briefDisputeProgress, needsActionWithDispute, type DisputeBrief } from "@/domain/disputes/dispute-progress";
import { readDisputeProgressFor } from "@/server/disputes/dispute-queries";
import { db } from "@/server/db";
import { NEWEST_FIRST, PAGE_SIZE, afterCursor, pageOf, type Cursor } from "@/server/http/keyset";
import { toSafeNumber } from "@/server/stored-amounts";
import { todayIso } from "@/server/tracking/recompute";
import { awaitTrackingSettled } from "@/server/tracking/tracking-queue";
import { TRACKING_RECORD_SELECT, TRACKING_SLIP_SELECT, toMatchRecord, toMatchSlip, toPaidInstead, type TrackingSlipRow } from "@/server/tracking/tracking-inputs";

const parse = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

export type MatchView = {
  id: string;
  recordId: string;
  chargeId: string;
  role: string;
  pass: string;
  decision: "proposed" | "confirmed" | "rejected";
  score: ScoreParts | null;
  reasons: Reason[];
  record: { source: string; kind: string; state: string; merchant: string; transactionDate: string; transactionTime: string | null; postingDate: string | null; billedAmountMinor: number; billedCurrency: string; cardLast4: string | null };
};

export type TrackingView = {
  status: SlipStatus;
  /** The status rests on a match not yet confirmed: it reads "probably … — please confirm". */
  isProbable: boolean;
  since: string;
  evidence: Evidence[];
  nextStep: NextStep;
  needsAction: boolean;
  /** Deadline, evidence and days left, derived for today. */
  dispute: DisputeGrounds | null;
  /** The dispute the traveller tracks ("none" until they say they sent it). */
  disputeProgress: DisputeBrief;
  matches: MatchView[];
  /** The traveller's latest change is still being matched: what is shown may be a moment old. */
  isUpdating: boolean;
};

const DECISIONS = ["proposed", "confirmed", "rejected"] as const;

const MATCH_SELECT = {
  id: true, recordId: true, chargeId: true, role: true, pass: true, decision: true, score: true, reasons: true,
  record: { select: { source: true, kind: true, state: true, merchant: true, transactionDate: true, transactionTime: true, postingDate: true, billedAmountMinor: true, billedCurrency: true, cardLast4: true } },
} as const;

type MatchRow = {
  id: string; recordId: string; chargeId: string; role: string; pass: string; decision: string; score: string | null; reasons: string;
  record: Omit<MatchView["record"], "billedAmountMinor"> & { billedAmountMinor: bigint };
};

function toMatchView(row: MatchRow): MatchView {
  return {
    ...row,
    decision: DECISIONS.find((d) => d === row.decision) ?? "proposed",
    score: parse<ScoreParts | null>(row.score, null),
    reasons: parse<Reason[]>(row.reasons, []),
    record: { ...row.record, billedAmountMinor: toSafeNumber(row.record.billedAmountMinor) },
  };
}

/**
 * Each slip's status for today, from its stored charges (the recompute's output) and their
 * records: one query for all the records the slips' charges name.
 */
async function deriveStatusesToday(userId: string, slips: { row: TrackingSlipRow; charges: string | null }[], today: string, { withStages = false } = {}) {
  const chargesBySlip = new Map(slips.map(({ row, charges }) => [row.id, parse<ChargeIds[]>(charges, [])]));
  const ids = [...new Set([...chargesBySlip.values()].flat().flatMap((c) => [c.holdId, c.postingId, ...c.creditIds].filter((id): id is string => Boolean(id))))];
  const records = ids.length === 0 ? [] : (await db.issuerRecord.findMany({ where: { userId, id: { in: ids } }, select: TRACKING_RECORD_SELECT })).map(toMatchRecord);
  // Which records behind each status are matches only proposed: the status then reads "probably".
  const proposed = ids.length === 0 ? [] : await db.slipMatch.findMany({ where: { userId, decision: "proposed", slipId: { in: slips.map((s) => s.row.id) } }, select: { slipId: true, recordId: true } });
  const proposedBySlip = new Map<string, Set<string>>();
  for (const { slipId, recordId } of proposed) proposedBySlip.set(slipId, (proposedBySlip.get(slipId) ?? new Set()).add(recordId));
  const statuses = new Map<string, SlipStatusResult>();
  const probable = new Set<string>();
  const stages = new Map<string, PaymentStage[]>();
  const progress = await readDisputeProgressFor(userId, slips.map((s) => s.row.id), today);
  const disputes = new Map<string, DisputeBrief>();
  const byId = recordsById(records);
  for (const { row } of slips) {
    const charges = resolveCharges(chargesBySlip.get(row.id) ?? [], byId);
    const derived = deriveSlipStatus({ slip: toMatchSlip(row), charges, paidInstead: toPaidInstead(row), today });
    const dispute = briefDisputeProgress(progress.get(row.id) ?? { state: "none", steps: [] });
    disputes.set(row.id, dispute);
    // A dispute the traveller sent (or closed) takes the slip off "needs action" until its follow-up date.
    const status = { ...derived, needsAction: needsActionWithDispute(derived.needsAction, dispute) };
    statuses.set(row.id, status);
    if (isStatusProbable(status, proposedBySlip.get(row.id) ?? new Set())) probable.add(row.id);
    // The five stages in brief, for the payments list's small timeline only.
    if (withStages) stages.set(row.id, buildTimeline(toMatchSlip(row), charges, today).stages.map(({ stage, state }) => ({ stage, state })));
  }
  return { statuses, probable, stages, records, chargesBySlip, disputes };
}

/**
 * Today's status of each of these slips of the user (one page of the slips list), derived as on
 * "My payments": one query for the slips with their tracking rows, one for the records they name.
 */
export async function getStatusesForSlips(userId: string, slipIds: string[], today = todayIso()): Promise<Map<string, { status: SlipStatus; isProbable: boolean }>> {
  if (slipIds.length === 0) return new Map();
  const slips = await db.slip.findMany({ where: { userId, id: { in: slipIds } }, select: STATUS_SLIP_SELECT });
  return statusesOfSlipRows(userId, slips, today);
}

/** What a read must select of each slip to derive its status today (statusesOfSlipRows). */
export const STATUS_SLIP_SELECT = { ...TRACKING_SLIP_SELECT, tracking: { select: { charges: true } } } as const;

/** Today's statuses of slips already read with STATUS_SLIP_SELECT (the slips list reads them with its page). */
export async function statusesOfSlipRows(
  userId: string, slips: (TrackingSlipRow & { tracking: { charges: string } | null })[], today = todayIso(),
): Promise<Map<string, { status: SlipStatus; isProbable: boolean }>> {
  if (slips.length === 0) return new Map();
  const { statuses, probable } = await deriveStatusesToday(userId, slips.map(({ tracking, ...row }) => ({ row, charges: tracking?.charges ?? null })), today);
  return new Map([...statuses].map(([id, status]) => [id, { status: status.status, isProbable: probable.has(id) }]));
}

/** Status, evidence and matches of one slip; null when the slip is not this user's. */
export async function getTrackingForUser(userId: string, slipId: string, today = todayIso()): Promise<TrackingView | null> {
  const exists = await db.slip.findFirst({ where: { id: slipId, userId }, select: { id: true } });
  if (!exists) return null;
  const isSettled = await awaitTrackingSettled(userId);
  const [slip, matches] = await Promise.all([
    db.slip.findFirst({ where: { id: slipId, userId }, select: { ...TRACKING_SLIP_SELECT, tracking: { select: { charges: true } } } }),
    db.slipMatch.findMany({ where: { slipId, userId }, select: MATCH_SELECT, orderBy: [{ chargeId: "asc" }, { recordId: "asc" }] }),
  ]);
  if (!slip) return null;
  const { tracking, ...row } = slip;
  const derived = await deriveStatusesToday(userId, [{ row, charges: tracking?.charges ?? null }], today);
  const status = derived.statuses.get(slipId)!;
  return {
    status: status.status,
    isProbable: derived.probable.has(slipId),
    since: status.since,
    evidence: status.evidence,
    nextStep: status.nextStep,
    needsAction: status.needsAction,
    dispute: status.dispute,
    disputeProgress: derived.disputes.get(slipId)!,
    matches: matches.map(toMatchView),
    isUpdating: !isSettled,
  };
}

/** The five-stage path of one slip, from its stored charges and their records. */
export async function getTimelineForUser(userId: string, slipId: string, today = todayIso()): Promise<Timeline | null> {
  const [slip, tracking] = await Promise.all([
    db.slip.findFirst({ where: { id: slipId, userId }, select: TRACKING_SLIP_SELECT }),
    db.slipTracking.findFirst({ where: { slipId, userId }, select: { charges: true } }),
  ]);
  if (!slip) return null;
  const chargeIds = parse<ChargeIds[]>(tracking?.charges ?? null, []);
  const ids = chargeIds.flatMap((c) => [c.holdId, c.postingId, ...c.creditIds].filter((id): id is string => Boolean(id)));
  const records = ids.length === 0 ? [] : await db.issuerRecord.findMany({ where: { userId, id: { in: ids } }, select: TRACKING_RECORD_SELECT });
  return buildTimeline(toMatchSlip(slip), resolveCharges(chargeIds, records.map(toMatchRecord)), today);
}

export type PaymentStage = { stage: TimelineStageName; state: StageState };
export type PaymentItem = {
  slipId: string; merchantName: string; localDateTime: string; amountMinor: number; currency: string;
  status: SlipStatus; isProbable: boolean; since: string; needsAction: boolean; nextStep: NextStep; proposedCount: number;
  /** The dispute the traveller tracks, in brief. */
  disputeProgress: DisputeBrief;
  /** The five-stage path in brief (stage and state; the slip page has the evidence). */
  stages: PaymentStage[];
};
/** A status move ("duplicate", "posted") or a reminder the scheduler delivered ("reminder.disputeDeadline", …; server/disputes/deliver-reminders.ts). */
export type NotificationKind = "duplicate" | "posted" | `reminder.${ReminderKind}`;
export type NotificationItem = { id: string; slipId: string; merchantName: string; kind: NotificationKind; dueOn: string | null; createdAt: Date; readAt: Date | null };

const REMINDER_NOTIFICATIONS = new Set<string>(REMINDER_KINDS.map((k) => `reminder.${k}`));
const readNotificationKind = (kind: string): NotificationKind => (kind === "duplicate" || REMINDER_NOTIFICATIONS.has(kind) ? (kind as NotificationKind) : "posted");
export type PaymentsOverview = {
  needsAction: PaymentItem[]; others: PaymentItem[]; notifications: NotificationItem[]; unreadCount: number;
  /** `others` is one page, newest first; this continues it (null on the last page). */
  nextCursor: string | null;
  /** The traveller's latest change is still being matched. */
  isUpdating: boolean;
};

const PAYMENT_SLIP_SELECT = { ...TRACKING_SLIP_SELECT, tracking: { select: { charges: true } } } as const;
/** Slips needing action are usually few (a double charge, a stale slip); the newest 50 are shown first. */
const NEEDS_ACTION_LIMIT = 50;

/**
 * "My payments": slips needing action first (then newest first), and the latest notifications.
 * The other slips come a page at a time (`cursor`). Which slips need action is known from the
 * last recompute and checked again for today on the rows shown.
 */
export async function getPaymentsForUser(userId: string, today = todayIso(), { cursor = null, size = PAGE_SIZE }: { cursor?: Cursor | null; size?: number } = {}): Promise<PaymentsOverview> {
  const isSettled = await awaitTrackingSettled(userId);
  const [flagged, rest, notifications, proposed] = await Promise.all([
    cursor
      ? Promise.resolve([])
      : db.slip.findMany({ where: { userId, tracking: { is: { needsAction: true } } }, orderBy: NEWEST_FIRST, take: NEEDS_ACTION_LIMIT, select: PAYMENT_SLIP_SELECT }),
    db.slip.findMany({
      where: { userId, AND: [afterCursor(cursor), { OR: [{ tracking: { is: null } }, { tracking: { is: { needsAction: false } } }] }] },
      orderBy: NEWEST_FIRST, take: size + 1, select: PAYMENT_SLIP_SELECT,
    }),
    db.notification.findMany({
      where: { userId }, orderBy: { createdAt: "desc" }, take: 50,
      select: { id: true, slipId: true, kind: true, dueOn: true, createdAt: true, readAt: true, slip: { select: { merchantName: true } } },
    }),
    // Counted for this user only (a relation _count is a GROUP BY over every user's matches).
    db.slipMatch.groupBy({ by: ["slipId"], where: { userId, decision: "proposed" }, _count: { _all: true } }),
  ]);
  const page = pageOf(rest, size);
  const slips = [...flagged, ...page.items];
  const proposedBySlip = new Map(proposed.map((p) => [p.slipId, p._count._all]));
  const { statuses, probable, stages, disputes } = await deriveStatusesToday(userId, slips.map(({ tracking, ...row }) => ({ row, charges: tracking?.charges ?? null })), today, { withStages: true });
  const items: PaymentItem[] = slips.map((s) => {
    const status = statuses.get(s.id)!;
    return {
      slipId: s.id, merchantName: s.merchantName, localDateTime: s.localDateTime, amountMinor: toSafeNumber(s.amountMinor), currency: s.currency,
      status: status.status, isProbable: probable.has(s.id), since: status.since, needsAction: status.needsAction, nextStep: status.nextStep, proposedCount: proposedBySlip.get(s.id) ?? 0,
      stages: stages.get(s.id) ?? [], disputeProgress: disputes.get(s.id)!,
    };
  });
  return {
    needsAction: items.filter((i) => i.needsAction),
    others: items.filter((i) => !i.needsAction),
    nextCursor: page.nextCursor,
    notifications: notifications.map((n) => ({
      id: n.id, slipId: n.slipId, merchantName: n.slip.merchantName, kind: readNotificationKind(n.kind), dueOn: n.dueOn, createdAt: n.createdAt, readAt: n.readAt,
    })),
    unreadCount: notifications.filter((n) => !n.readAt).length,
    isUpdating: !isSettled,
  };
}
