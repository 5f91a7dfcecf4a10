/**
 * Read-only share links for one slip (docs/sharing.md): how long a link may live, how many one
 * slip may have open at once, what a link's token looks like, and whether a stored link still
 * opens. Pure: `now` is passed in. Making tokens and storing them is server/sharing.
 */

/** The lifetimes a traveller can choose; a week unless they say otherwise. */
export const SHARE_LINK_DAYS = [1, 7, 30] as const;
export type ShareLinkDays = (typeof SHARE_LINK_DAYS)[number];
export const DEFAULT_SHARE_LINK_DAYS: ShareLinkDays = 7;

/**
 * Open (neither expired nor revoked) links one slip may have at once: enough for the bank, a
 * family member and a spare; more usually means links are being made instead of reused.
 */
export const MAX_OPEN_LINKS_PER_SLIP = 5;

/** 32 random bytes in base64url: 43 characters of A–Z, a–z, 0–9, "-" and "_". */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isShareTokenShape(value: string): boolean {
  return SHARE_TOKEN_PATTERN.test(value);
}

export type ShareLinkState = "open" | "expired" | "revoked";

/** Revoked wins over expired: the traveller's own act is what they remember. */
export function shareLinkState(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() > now.getTime() ? "open" : "expired";
}

export function shareLinkExpiry(now: Date, days: ShareLinkDays): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

export function readShareLinkDays(value: unknown): ShareLinkDays | null {
  const n = typeof value === "string" && /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  return (SHARE_LINK_DAYS as readonly number[]).includes(n) ? (n as ShareLinkDays) : null;
}
