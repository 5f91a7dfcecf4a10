/**
 * Deleting an account removes everything SlipTrack holds about the person: the user row and,
 * by cascade, its OAuth accounts, database sessions, saved diagnoses, slips, photo rows and photo drafts;
 * the rate-limit counters keyed by its email; and the photo files. With the user row gone every
 * JWT naming it is refused on its next use (server/auth/session-version.ts), on every device.
 */
import "server-only";
import { USAGE_KINDS } from "@/server/http/usage-limits";
import { db } from "@/server/db";
import { forgetSessionVersion } from "@/server/auth/session-versions";
import { emailLimitKey, signInFailureKey } from "@/server/auth/sign-in-throttle";
import { removePhotoFiles } from "@/server/photos/slip-photos";

export async function deleteAccount(userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return;
  const select = { storageKey: true, thumbKey: true } as const;
  const photos = [...(await db.slipPhoto.findMany({ where: { userId }, select })), ...(await db.photoDraft.findMany({ where: { userId }, select }))];
  await db.$transaction([
    db.user.delete({ where: { id: userId } }),
    db.rateLimit.deleteMany({
      where: { key: { in: [...(["signin", "signup", "reset"] as const).map((kind) => emailLimitKey(kind, user.email)), `password:account:${userId}`, ...USAGE_KINDS.map((kind) => `${kind}:user:${userId}`)] } },
    }),
    // Failed sign-ins of this account from every address (server/auth/sign-in-throttle.ts).
    db.rateLimit.deleteMany({ where: { key: { startsWith: signInFailureKey(user.email, "") } } }),
  ]);
  // A copied cookie of this account is refused at once here, within 2 s on other instances.
  forgetSessionVersion(userId);
  await removePhotoFiles(photos);
}
