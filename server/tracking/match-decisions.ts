/**
 * The traveller's verdict on a match: confirmed (kept, never re-scored) or rejected (never
 * proposed again) — and its undo (reopenMatch). Scoped by user in the same condition as the id — another user's match is
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

/**
 * Undoes a verdict: a confirmed or rejected match goes back to "proposed", and the slip's cluster
 * is recomputed — the engine proposes the pair again if it still fits (keeping the row and its
 * id) or drops it. A match that is already proposed is left alone; another user's is notFound.
 */
export async function reopenMatch(userId: string, matchId: string): Promise<{ slipId: string }> {
  const match = await db.slipMatch.findFirst({ where: { id: matchId, userId }, select: { slipId: true, decision: true, slip: { select: { localDateTime: true } } } });
  if (!match) throw new AppError("notFound");
  if (match.decision === "proposed") return { slipId: match.slipId };
  await db.slipMatch.updateMany({ where: { id: matchId, userId, decision: { in: ["confirmed", "rejected"] } }, data: { decision: "proposed" } });
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
