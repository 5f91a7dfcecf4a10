/**
 * Fixed-window rate limits kept in the database, so every app instance counts together.
 * One upsert per hit; a window that has run out is restarted by the first hit after it.
 */
import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

export async function hitRateLimit(key: string, limit: number, windowMs: number, now = new Date()): Promise<RateLimitResult> {
  const row = await db.rateLimit.upsert({
    where: { key },
    create: { key, windowStart: now, count: 1 },
    update: { count: { increment: 1 } },
    select: { windowStart: true, count: true },
  });
  let { windowStart, count } = row;
  if (now.getTime() - windowStart.getTime() >= windowMs) {
    // Only the first request to notice the expired window resets it (matching windowStart).
    await db.rateLimit.updateMany({ where: { key, windowStart }, data: { windowStart: now, count: 1 } });
    windowStart = now;
    count = 1;
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: count <= limit, retryAfterSeconds };
}

/** hitRateLimit that refuses: past the limit, AppError("rateLimited") (the account forms' one answer). */
export async function enforceRateLimit(key: string, limit: number, windowMs: number): Promise<void> {
  if (!(await hitRateLimit(key, limit, windowMs)).allowed) throw new AppError("rateLimited");
}
