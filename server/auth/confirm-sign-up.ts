/**
 * Sign-up that does not say whether an address has an account (issue 14), on when mail is set
 * up (env.mailLinkOrigin: SMTP_URL, EMAIL_FROM and PUBLIC_URL). Every sign-up answers "check your
 * email" and costs one password hash. For a new address the account waits in a SignUpRequest
 * (password already hashed, the token's HMAC only) until the emailed link is used, within a day;
 * for an address that has an account its owner is mailed "someone tried to sign up — sign in or
 * reset your password". The mail goes after the answer. Without mail, sign-up creates the account
 * at once and says when an address is taken (docs/security.md "Not done").
 */
import "server-only";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashSecretToken, newSecretToken } from "@/server/crypto/secret-token";
import { sendTextMailAfterResponse } from "@/server/mail/send-mail";
import { hashPassword } from "./password";

export const SIGN_UP_LINK_HOURS = 24;
const PURPOSE = "sign-up-token/v1";
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type SignUpMail = { kind: "confirm" | "existing"; to: string; locale: Locale; url: string };

/** Records the sign-up and returns the mail to send; the caller answers the same either way. */
export async function requestSignUp(email: string, password: string, locale: Locale, origin: string, now = new Date()): Promise<SignUpMail> {
  // Hashed whether or not the address is taken, so both answers take the same time.
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { kind: "existing", to: email, locale, url: `${origin}/${locale}/forgot-password` };
  const token = newSecretToken();
  await db.$transaction([
    // Only the newest request for an address works.
    db.signUpRequest.deleteMany({ where: { email } }),
    db.signUpRequest.create({ data: { email, passwordHash, locale, tokenHash: hashSecretToken(PURPOSE, token), createdAt: now, expiresAt: new Date(now.getTime() + SIGN_UP_LINK_HOURS * 3_600_000) } }),
  ]);
  return { kind: "confirm", to: email, locale, url: `${origin}/${locale}/sign-up/confirm/${token}` };
}

async function findOpenRequest(token: string, now: Date) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await db.signUpRequest.findUnique({ where: { tokenHash: hashSecretToken(PURPOSE, token) }, select: { id: true, email: true, passwordHash: true, locale: true, expiresAt: true } });
  return row && row.expiresAt > now ? row : null;
}

/** For the confirm page: does this link still work? Reads only. */
export async function isSignUpLinkOpen(token: string, now = new Date()): Promise<boolean> {
  return (await findOpenRequest(token, now)) !== null;
}

/** Creates the account of an open link, once; an address taken meanwhile is refused as a used link. */
export async function confirmSignUp(token: string, now = new Date()): Promise<{ email: string }> {
  const request = await findOpenRequest(token, now);
  if (!request) throw new AppError("signUpLinkInvalid");
  return db.$transaction(async (tx) => {
    const { count } = await tx.signUpRequest.deleteMany({ where: { id: request.id } });
    if (count !== 1) throw new AppError("signUpLinkInvalid");
    if (await tx.user.findUnique({ where: { email: request.email }, select: { id: true } })) throw new AppError("signUpLinkInvalid");
    await tx.user.create({ data: { email: request.email, passwordHash: request.passwordHash, locale: request.locale, emailVerified: now } });
    return { email: request.email };
  });
}

/** The sign-up mail (text only, in the reader's language), sent after the answer. */
export async function sendSignUpMail(mail: SignUpMail): Promise<void> {
  const { getTranslations } = await import("next-intl/server");
  const t = await getTranslations({ locale: mail.locale, namespace: `auth.signUpMail.${mail.kind}` });
  const text = [t("body", { hours: SIGN_UP_LINK_HOURS }), "", mail.url, "", t("footer")].join("\n");
  await sendTextMailAfterResponse({ to: mail.to, subject: t("subject"), text }, "sign-up");
}

/** Deletes sign-ups whose link expired (they hold a password hash). Idempotent, any instance. */
export async function sweepExpiredSignUps(now = new Date()): Promise<number> {
  return (await db.signUpRequest.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
