/**
 * "What changed": the read that lists the stored status moves (written by a recompute through
 * status-change-writes.ts) after an import, an alert paste or a feed event
 * (listStatusChangesAfter). The read waits, bounded, for the traveller's own write to be
 * recomputed — it only reads — and says when it is still updating. Moves older than 30 days go
 * as new ones are written.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/domain/money";
import { statusMessageKey, summariseStatusMoves, type SlipStatus } from "@/domain/status";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";
import { toSafeNumber } from "@/server/stored-amounts";
import { looseKeys } from "@/i18n/loose-keys";
import { awaitTrackingSettled } from "./tracking-queue";
import { getStatusesForSlips } from "./tracking-queries";

/** A page shows at most this many changed slips (the payments page has them all). */
const SHOWN = 50;
/**
 * A write's recompute ends within seconds (a large account's within a minute or two): the
 * changes within this window after the write are the ones it caused, so a result page opened
 * again days later still lists what that import did, not what happened since.
 */
export const CHANGE_WINDOW_MS = 15 * 60 * 1000;

export type StatusChangeLine = { slipId: string; to: SlipStatus; slip: string; status: string; was: string };
export type StatusChangeList = { changes: StatusChangeLine[]; isUpdating: boolean };

/**
 * The user's slips whose status moved in the window after a write made at `since`, one line
 * each in the reader's language ("FamilyMart ¥1,280", "Charged twice", "was: Hold on your
 * card"), latest first.
 */
export async function listStatusChangesAfter(userId: string, since: Date, locale: Locale, { waitMs = 4_000 } = {}): Promise<StatusChangeList> {
  const isSettled = await awaitTrackingSettled(userId, waitMs);
  const rows = await db.statusChange.findMany({
    where: { userId, createdAt: { gte: since, lt: new Date(since.getTime() + CHANGE_WINDOW_MS) } },
    orderBy: { createdAt: "asc" },
    take: 1000,
    select: { slipId: true, fromStatus: true, toStatus: true, createdAt: true },
  });
  const changes = summariseStatusMoves(rows.map((r) => ({ slipId: r.slipId, fromStatus: r.fromStatus, toStatus: r.toStatus, at: r.createdAt }))).slice(0, SHOWN);
  const slips = await db.slip.findMany({
    where: { userId, id: { in: changes.map((c) => c.slipId) } },
    select: { id: true, merchantName: true, amountMinor: true, currency: true },
  });
  const slipOf = new Map(slips.map((s) => [s.id, s]));
  // A status never says more than its matches: "probably …" while the match is only proposed.
  const today = await getStatusesForSlips(userId, slips.map((s) => s.id));
  const t = looseKeys(await getTranslations({ locale, namespace: "tracking" }));
  const tp = await getTranslations({ locale, namespace: "payments.changes" });
  const lines = changes.flatMap((change) => {
    const slip = slipOf.get(change.slipId);
    if (!slip) return [];
    const amount = formatMoney(toSafeNumber(slip.amountMinor), slip.currency, locale);
    return [{
      slipId: change.slipId,
      to: change.to,
      slip: `${slip.merchantName} ${amount}`,
      status: t(statusMessageKey(change.to, today.get(change.slipId)?.status === change.to && today.get(change.slipId)!.isProbable)),
      was: tp("was", { status: t(`status.${change.from}`) }),
    }];
  });
  return { changes: lines, isUpdating: !isSettled };
}
