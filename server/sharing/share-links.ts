/**
 * Share links: the one path that makes and revokes them, and the reads that list them and open
 * one (docs/sharing.md). Every write and every owner read takes the user id and scopes by it
 * beside the slip or link id, so another user's slip or link is "not found". Opening a link
 * (resolveShareToken) reads only: it never writes, and answers null for an unknown, expired or
 * revoked token alike.
 */
import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isShareTokenShape, MAX_OPEN_LINKS_PER_SLIP, shareLinkExpiry, shareLinkState, type ShareLinkDays, type ShareLinkState } from "@/domain/sharing/share-link";
import { hashShareToken, newShareToken } from "./share-token";

export type CreatedShareLink = { id: string; token: string; expiresAt: Date };

/** A new link to the user's slip; the token is returned here once and never stored. */
export async function createShareLink(userId: string, slipId: string, days: ShareLinkDays, now = new Date()): Promise<CreatedShareLink> {
  const slip = await db.slip.findFirst({ where: { id: slipId, userId }, select: { id: true } });
  if (!slip) throw new AppError("notFound");
  const open = await db.shareLink.count({ where: { userId, slipId, revokedAt: null, expiresAt: { gt: now } } });
  if (open >= MAX_OPEN_LINKS_PER_SLIP) throw new AppError("shareLimit");
  const token = newShareToken();
  const expiresAt = shareLinkExpiry(now, days);
  const link = await db.shareLink.create({ data: { userId, slipId, tokenHash: hashShareToken(token), createdAt: now, expiresAt }, select: { id: true } });
  return { id: link.id, token, expiresAt };
}

/** Revokes the user's link (again is fine); another user's or a missing one is "not found". */
export async function revokeShareLink(userId: string, linkId: string, now = new Date()): Promise<{ slipId: string }> {
  const link = await db.shareLink.findFirst({ where: { id: linkId, userId }, select: { id: true, slipId: true, revokedAt: true } });
  if (!link) throw new AppError("notFound");
  if (!link.revokedAt) await db.shareLink.updateMany({ where: { id: link.id, userId, revokedAt: null }, data: { revokedAt: now } });
  return { slipId: link.slipId };
}

export type ShareLinkItem = {
  id: string;
  slipId: string;
  merchantName: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  state: ShareLinkState;
};

/**
 * The user's links, newest first: every open one, and those closed in the last 30 days (so a
 * traveller sees that the link they sent has stopped). `slipId` narrows to one slip.
 */
export async function listShareLinksForUser(userId: string, { slipId, now = new Date() }: { slipId?: string; now?: Date } = {}): Promise<ShareLinkItem[]> {
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const rows = await db.shareLink.findMany({
    where: { userId, ...(slipId ? { slipId } : {}), expiresAt: { gt: since }, OR: [{ revokedAt: null }, { revokedAt: { gt: since } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, slipId: true, createdAt: true, expiresAt: true, revokedAt: true, slip: { select: { merchantName: true } } },
  });
  return rows.map(({ slip, ...row }) => ({ ...row, merchantName: slip.merchantName, state: shareLinkState(row, now) }));
}

export type OpenShare = { linkId: string; userId: string; slipId: string; expiresAt: Date };

/** What an open link shows: its owner and slip; null for anything that does not open. */
export async function resolveShareToken(token: string, now = new Date()): Promise<OpenShare | null> {
  if (!isShareTokenShape(token)) return null;
  const link = await db.shareLink.findUnique({ where: { tokenHash: hashShareToken(token) }, select: { id: true, userId: true, slipId: true, expiresAt: true, revokedAt: true } });
  if (!link || shareLinkState(link, now) !== "open") return null;
  return { linkId: link.id, userId: link.userId, slipId: link.slipId, expiresAt: link.expiresAt };
}
