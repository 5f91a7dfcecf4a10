/** Reads of a traveller's issuer feeds (never their secrets), scoped by user. */
import "server-only";
import { db } from "@/server/db";

export type FeedListItem = { id: string; name: string; createdAt: Date; rotatedAt: Date | null; previousSecretExpiresAt: Date | null; lastEventAt: Date | null; eventCount: number };

export async function listFeeds(userId: string): Promise<FeedListItem[]> {
  const rows = await db.issuerFeed.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, rotatedAt: true, previousSecretExpiresAt: true, lastEventAt: true, _count: { select: { events: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, eventCount: _count.events }));
}
