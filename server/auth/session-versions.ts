/**
 * This instance's memory of session versions (server/auth/session-version.ts): auth.ts checks
 * every token against it; whatever bumps a version or deletes a user forgets it here at once, so
 * this instance refuses the old cookie on its next use and every other instance within 2 s.
 */
import "server-only";
import { db } from "@/server/db";
import { cacheSessionVersions } from "@/server/auth/session-version";

export const sessionVersions = cacheSessionVersions(async (userId) => {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
});

export const forgetSessionVersion = (userId: string) => sessionVersions.forget(userId);
