/**
 * Per-user and per-address limits on the costly things a signed-in traveller (or an issuer
 * feed) can repeat — statement uploads, mapping previews, alert pastes, feed events, dispute
 * packs (a PDF takes a second or two of CPU), dispute steps and letter edits — counted
 * like sign-in's (hitRateLimit: fixed 15-minute windows in the database, shared by every
 * instance). Both counters are hit on every request, so neither many accounts behind one
 * address nor one account from many addresses escapes. Limits: README "Configuration".
 */
import "server-only";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { hitRateLimit } from "@/server/http/rate-limit";

export const USAGE_KINDS = ["upload", "preview", "alerts", "feed", "pack", "dispute"] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

export const USAGE_WINDOW_MS = 15 * 60 * 1000;

const LIMITS: Record<UsageKind, { perUser: number; perAddress: number }> = {
  upload: { perUser: env.RATE_LIMIT_UPLOADS_PER_USER, perAddress: env.RATE_LIMIT_UPLOADS_PER_IP },
  preview: { perUser: env.RATE_LIMIT_PREVIEWS_PER_USER, perAddress: env.RATE_LIMIT_PREVIEWS_PER_IP },
  alerts: { perUser: env.RATE_LIMIT_ALERTS_PER_USER, perAddress: env.RATE_LIMIT_ALERTS_PER_IP },
  feed: { perUser: env.RATE_LIMIT_FEED_PER_USER, perAddress: env.RATE_LIMIT_FEED_PER_IP },
  pack: { perUser: env.RATE_LIMIT_PACKS_PER_USER, perAddress: env.RATE_LIMIT_PACKS_PER_IP },
  dispute: { perUser: env.RATE_LIMIT_DISPUTE_STEPS_PER_USER, perAddress: env.RATE_LIMIT_DISPUTE_STEPS_PER_IP },
};

/** Throws AppError("rateLimited") with the seconds until the fuller window ends. */
async function check(key: string, limit: number, now: Date): Promise<void> {
  const { allowed, retryAfterSeconds } = await hitRateLimit(key, limit, USAGE_WINDOW_MS, now);
  if (!allowed) throw new AppError("rateLimited", undefined, retryAfterSeconds);
}

export async function limitAddress(kind: UsageKind, address: string, now = new Date()): Promise<void> {
  await check(`${kind}:ip:${address}`, LIMITS[kind].perAddress, now);
}

export async function limitUser(kind: UsageKind, userId: string, now = new Date()): Promise<void> {
  await check(`${kind}:user:${userId}`, LIMITS[kind].perUser, now);
}

export async function limitUsage(kind: UsageKind, who: { userId: string; address: string }, now = new Date()): Promise<void> {
  await limitAddress(kind, who.address, now);
  await limitUser(kind, who.userId, now);
}
