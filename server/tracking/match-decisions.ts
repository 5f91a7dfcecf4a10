/**
 * The traveller's verdict on a match: confirmed (kept, never re-scored) or rejected (never
 * proposed again). Scoped by user in the same condition as the id — another user's match is
 * AppError("notFound") like a missing one. The slip's cluster is recomputed after the response.
 */
import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { trackingChanged } from "./tracking-queue";

export type MatchVerdict = "confirmed" | "rejected";

export async function decideMatch(userId: string, matchId: string, decision: MatchVerdict): Promise<{ slipId: string }> {
  const match = await db.slipMatch.findFirst({ where: { id: matchId, userId }, select: { slipId: true, slip: { select: { localDateTime: true } } } });
  if (!match) throw new AppError("notFound");
  const { count } = await db.slipMatch.updateMany({ where: { id: matchId, userId }, data: { decision } });
  if (count === 0) throw new AppError("notFound");
  await trackingChanged(userId, [match.slip.localDateTime]);
  return { slipId: match.slipId };
}

/** Marks the traveller's notifications read: one (by id, scoped by user) or all of them. */
export async function markNotificationsRead(userId: string, notificationId?: string): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(notificationId ? { id: notificationId } : {}) },
    data: { readAt: new Date() },
  });
  if (notificationId && count === 0 && !(await db.notification.findFirst({ where: { id: notificationId, userId }, select: { id: true } }))) {
    throw new AppError("notFound");
  }
  return count;
}
