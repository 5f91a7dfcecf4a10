/**
 * Reads of what tracking stored (server/tracking/recompute.ts): one slip's status, matches and
 * timeline, and the "My payments" dashboard. Every query takes the user id and scopes by it in
 * the same condition as any id, so another user's slip or match reads as missing.
 */
import "server-only";
import { resolveCharges, type ChargeIds, type Reason, type ScoreParts } from "@/domain/matching";
import { buildTimeline, type Evidence, type NextStep, type SlipStatus, type Timeline } from "@/domain/status";
import type { DisputeGrounds } from "@/domain/disputes";
import { countDaysBetween } from "@/domain/matching";
import { db } from "@/server/db";
import { toSafeNumber } from "@/server/stored-amounts";
import { ensureTrackingFresh, todayIso } from "@/server/tracking/recompute";
import { TRACKING_RECORD_SELECT, TRACKING_SLIP_SELECT, toMatchRecord, toMatchSlip } from "@/server/tracking/tracking-inputs";

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
  record: { source: string; kind: string; state: string; merchant: string; transactionDate: string; postingDate: string | null; billedAmountMinor: number; billedCurrency: string; cardLast4: string | null };
};

export type TrackingView = {
  status: SlipStatus;
  since: string;
  evidence: Evidence[];
  nextStep: NextStep;
  needsAction: boolean;
  /** Deadline and evidence as stored; `daysLeft` is counted again from today when read. */
  dispute: DisputeGrounds | null;
  matches: MatchView[];
};

const DECISIONS = ["proposed", "confirmed", "rejected"] as const;

const MATCH_SELECT = {
  id: true, recordId: true, chargeId: true, role: true, pass: true, decision: true, score: true, reasons: true,
  record: { select: { source: true, kind: true, state: true, merchant: true, transactionDate: true, postingDate: true, billedAmountMinor: true, billedCurrency: true, cardLast4: true } },
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

function refreshDispute(dispute: DisputeGrounds | null, today: string): DisputeGrounds | null {
  if (!dispute) return null;
  const daysLeft = countDaysBetween(today, dispute.deadline);
  return { ...dispute, daysLeft, isExpired: daysLeft < 0 };
}

/** Status, evidence and matches of one slip; null when the slip is not this user's. */
export async function getTrackingForUser(userId: string, slipId: string, today = todayIso()): Promise<TrackingView | null> {
  const slip = await db.slip.findFirst({ where: { id: slipId, userId }, select: { id: true } });
  if (!slip) return null;
  await ensureTrackingFresh(userId, today);
  const [tracking, matches] = await Promise.all([
    db.slipTracking.findFirst({ where: { slipId, userId } }),
    db.slipMatch.findMany({ where: { slipId, userId }, select: MATCH_SELECT, orderBy: [{ chargeId: "asc" }, { recordId: "asc" }] }),
  ]);
  if (!tracking) return null;
  return {
    status: tracking.status as SlipStatus,
    since: tracking.since,
    evidence: parse<Evidence[]>(tracking.evidence, []),
    nextStep: parse<NextStep>(tracking.nextStep, { key: "next.awaiting", params: {} }),
    needsAction: tracking.needsAction,
    dispute: refreshDispute(parse<DisputeGrounds | null>(tracking.dispute, null), today),
    matches: matches.map(toMatchView),
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

export type PaymentItem = {
  slipId: string; merchantName: string; localDateTime: string; amountMinor: number; currency: string;
  status: SlipStatus; since: string; needsAction: boolean; nextStep: NextStep; proposedCount: number;
};
export type NotificationItem = { id: string; slipId: string; merchantName: string; kind: "duplicate" | "posted"; createdAt: Date; readAt: Date | null };
export type PaymentsOverview = { needsAction: PaymentItem[]; others: PaymentItem[]; notifications: NotificationItem[]; unreadCount: number };

/** "My payments": slips needing action first (then newest first), and the latest notifications. */
export async function getPaymentsForUser(userId: string, today = todayIso()): Promise<PaymentsOverview> {
  await ensureTrackingFresh(userId, today);
  const [slips, notifications] = await Promise.all([
    db.slip.findMany({
      where: { userId },
      orderBy: [{ localDateTime: "desc" }, { createdAt: "desc" }],
      select: {
        id: true, merchantName: true, localDateTime: true, amountMinor: true, currency: true,
        tracking: { select: { status: true, since: true, needsAction: true, nextStep: true } },
        _count: { select: { matches: { where: { decision: "proposed" } } } },
      },
    }),
    db.notification.findMany({
      where: { userId }, orderBy: { createdAt: "desc" }, take: 50,
      select: { id: true, slipId: true, kind: true, createdAt: true, readAt: true, slip: { select: { merchantName: true } } },
    }),
  ]);
  const items: PaymentItem[] = slips.map((s) => ({
    slipId: s.id, merchantName: s.merchantName, localDateTime: s.localDateTime, amountMinor: toSafeNumber(s.amountMinor), currency: s.currency,
    status: (s.tracking?.status ?? "awaiting") as SlipStatus, since: s.tracking?.since ?? s.localDateTime.slice(0, 10),
    needsAction: s.tracking?.needsAction ?? false, nextStep: parse<NextStep>(s.tracking?.nextStep ?? null, { key: "next.awaiting", params: {} }),
    proposedCount: s._count.matches,
  }));
  return {
    needsAction: items.filter((i) => i.needsAction),
    others: items.filter((i) => !i.needsAction),
    notifications: notifications.map((n) => ({
      id: n.id, slipId: n.slipId, merchantName: n.slip.merchantName, kind: n.kind === "duplicate" ? "duplicate" : "posted", createdAt: n.createdAt, readAt: n.readAt,
    })),
    unreadCount: notifications.filter((n) => !n.readAt).length,
  };
}
