/**
 * This instance's memory of session versions (server/auth/session-version.ts): auth.ts checks
 * every token against it; whatever bumps a version or deletes a user forgets it here at once, so
 * this instance refuses the old cookie on its next use and every other instance within 2 s.
 */
import "server-only";
import { db } from "@/server/db";
import { cacheSessionVersions } from "@/server/auth/session-version";

type SessionVersions = ReturnType<typeof cacheSessionVersions>;

// One memory per process, kept on globalThis: Next bundles route handlers, pages and server
// actions as separate module graphs, and a sign-out in one must be forgotten by all of them.
const shared = globalThis as typeof globalThis & { sliptrackSessionVersions?: SessionVersions };
export const sessionVersions: SessionVersions = (shared.sliptrackSessionVersions ??= cacheSessionVersions(async (userId) => {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}));

export const forgetSessionVersion = (userId: string) => sessionVersions.forget(userId);
