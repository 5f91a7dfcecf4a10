/**
 * Password reset by email (docs/security.md "Sign-in, accounts and input"), on only when SMTP is
 * set (env.smtp). "Forgot password" answers the same for every address, account or not; for an
 * account it stores the HMAC of a new 256-bit token (server/crypto/secret-token.ts) and mails the
 * link. A link works once, for an hour, and the newest one only — asking again voids the older
 * ones. Using it sets the new password and bumps the session version, which signs the account
 * out on every device (a thief with the old password or a stolen cookie is out too).
 */
import "server-only";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashSecretToken, newSecretToken } from "@/server/crypto/secret-token";
import { sendTextMailAfterResponse } from "@/server/mail/send-mail";
import { hashPassword } from "./password";

export const RESET_LINK_MINUTES = 60;
const PURPOSE = "password-reset-token/v1";
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type ResetMail = { to: string; locale: Locale; url: string };

/**
 * Makes a reset link for the account of `email`, if there is one, and returns the mail to send
 * (null when there is no such account — the caller answers the same either way).
 */
export async function createPasswordReset(email: string, locale: Locale, origin: string, now = new Date()): Promise<ResetMail | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return null;
  const token = newSecretToken();
  await db.$transaction([
    // Only the newest link works: asking again voids the earlier ones.
    db.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } }),
    db.passwordReset.create({ data: { userId: user.id, tokenHash: hashSecretToken(PURPOSE, token), createdAt: now, expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000) } }),
  ]);
  return { to: user.email, locale, url: `${origin}/${locale}/reset-password/${token}` };
}

async function findOpenReset(token: string, now: Date) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await db.passwordReset.findUnique({ where: { tokenHash: hashSecretToken(PURPOSE, token) }, select: { id: true, userId: true, expiresAt: true, usedAt: true } });
  return row && !row.usedAt && row.expiresAt > now ? row : null;
}

/** For the reset page: does this link still work? Reads only. */
export async function isResetLinkOpen(token: string, now = new Date()): Promise<boolean> {
  return (await findOpenReset(token, now)) !== null;
}

/** Sets the new password through an open link, once; every session of the account ends. */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<{ userId: string; email: string }> {
  const reset = await findOpenReset(token, now);
  if (!reset) throw new AppError("resetLinkInvalid");
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    // Claimed in the same write: two tabs posting the same link cannot both use it.
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("resetLinkInvalid");
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    return tx.user.update({ where: { id: reset.userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true, email: true } }).then((u) => ({ userId: u.id, email: u.email }));
  });
}

/** The reset mail (text only, in the reader's language), sent after the answer. */
export async function sendResetMail(mail: ResetMail): Promise<void> {
  const { getTranslations } = await import("next-intl/server");
  const t = await getTranslations({ locale: mail.locale, namespace: "auth.reset.email" });
  const text = [t("body", { minutes: RESET_LINK_MINUTES }), "", mail.url, "", t("footer")].join("\n");
  await sendTextMailAfterResponse({ to: mail.to, subject: t("subject"), text }, "password reset");
}
