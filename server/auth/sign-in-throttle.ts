/**
 * Failed sign-ins slow down the one who fails, not the account's owner. Failures are counted per
 * (account, client address): after RATE_LIMIT_SIGNIN_PER_ACCOUNT failures (10) from one address
 * in a row, each further attempt from that address for that account must wait — 1 minute, then
 * 2, 4, 8, up to 15 — after the last failure; a right password resets the count. The owner
 * signing in from their own phone is never locked out by someone guessing from elsewhere (the old
 * rule — ten attempts per account from anywhere — let any stranger lock anyone out). Guessing
 * across many accounts from one address is capped by RATE_LIMIT_SIGNIN_PER_IP (auth.ts).
 * The account part of the key is a SHA-256 of the email, so the table holds no addresses.
 * Rows live in the RateLimit table: windowStart = the last failure, count = failures in a row;
 * a count whose last failure is older than the longest wait starts again.
 */
import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/env";
import { db } from "@/server/db";

const FIRST_WAIT_MS = 60_000;
export const LONGEST_WAIT_MS = 15 * 60_000;

const emailHash = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);

export function signInFailureKey(email: string, address: string): string {
  return `signin:fail:${emailHash(email)}:${address}`;
}

/** A per-email rate-limit key ("signup", "signin" for magic links, "reset"): hashed, so the table holds no addresses. */
export function emailLimitKey(kind: "signup" | "signin" | "reset", email: string): string {
  return `${kind}:account:${emailHash(email)}`;
}

/** How long the attempt after `failures` failures in a row must wait after the last one. */
export function waitAfterFailures(failures: number, freeFailures = env.RATE_LIMIT_SIGNIN_PER_ACCOUNT): number {
  if (failures < freeFailures) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - freeFailures));
}

export type SignInGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function signInGate(email: string, address: string, now = new Date()): Promise<SignInGate> {
  const row = await db.rateLimit.findUnique({ where: { key: signInFailureKey(email, address) }, select: { windowStart: true, count: true } });
  if (!row) return { allowed: true };
  const since = now.getTime() - row.windowStart.getTime();
  if (since >= LONGEST_WAIT_MS) return { allowed: true };
  const wait = waitAfterFailures(row.count);
  return since >= wait ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.ceil((wait - since) / 1000) };
}

export async function noteSignInFailure(email: string, address: string, now = new Date()): Promise<void> {
  const key = signInFailureKey(email, address);
  const row = await db.rateLimit.findUnique({ where: { key }, select: { windowStart: true } });
  const stale = row && now.getTime() - row.windowStart.getTime() >= LONGEST_WAIT_MS;
  await db.rateLimit.upsert({
    where: { key },
    create: { key, windowStart: now, count: 1 },
    update: stale ? { windowStart: now, count: 1 } : { windowStart: now, count: { increment: 1 } },
  });
}

export async function noteSignInSuccess(email: string, address: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: signInFailureKey(email, address) } });
}
