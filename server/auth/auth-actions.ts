"use server";
/**
 * Account actions. Each follows the one write path: rate limit / requireUser → zod →
 * one database write → answer { ok, message, fieldErrors, values } (passwords never echoed).
 */
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { confirmSignUp, requestSignUp, sendSignUpMail } from "./confirm-sign-up";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { RateLimitedSignin } from "@/auth";
import { z } from "zod";
import { forgetSessionVersion, signIn, signOut } from "@/auth";
import { db } from "@/server/db";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { emailSchema, newPasswordSchema } from "./account-schemas";
import { emailLimitKey, signInGate } from "@/server/auth/sign-in-throttle";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { enforceRateLimit } from "@/server/http/rate-limit";
import { requireUser } from "@/server/session";
import { getClientAddress } from "@/server/http/client-address";
import { failure, fieldErrorKeys, readLocale, type FormState } from "@/server/http/action-result";
import type { Locale } from "@/i18n/routing";

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const ONE_HOUR = 60 * 60 * 1000;


const signUpSchema = z.object({ email: emailSchema, password: newPasswordSchema });
const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "auth.errors.passwordRequired").max(200, "auth.errors.passwordTooLong") });
const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "auth.errors.passwordRequired").max(200), newPassword: newPasswordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], message: "auth.errors.passwordsDiffer" });

/** Only same-site paths under a locale may be returned to after sign-in. */
function safeNext(value: FormDataEntryValue | null, locale: Locale): string {
  const next = typeof value === "string" ? value : "";
  if (!/^\/(en|zh-CN)(\/[\w\-./?=&%]*)?$/.test(next) || next.includes("//")) return `/${locale}/account`;
  // The language the form was sent in wins: a reader who switched language on the sign-in page
  // lands in that language, not in the one of the page that sent them to sign in.
  return next.replace(/^\/(en|zh-CN)(?=\/|$)/, `/${locale}`);
}


export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  const values = { email: String(formData.get("email") ?? "") };
  try {
    await enforceRateLimit(`signup:ip:${await getClientAddress()}`, env.RATE_LIMIT_SIGNUP_PER_IP, ONE_HOUR);
    const parsed = signUpSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
    if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    const { email, password } = parsed.data;
    await enforceRateLimit(emailLimitKey("signup", email), env.RATE_LIMIT_SIGNIN_PER_ACCOUNT, ONE_HOUR);
    // With mail set up, sign-up never says whether the address has an account (confirm-sign-up.ts).
    const origin = env.mailLinkOrigin;
    if (origin) {
      await sendSignUpMail(await requestSignUp(email, password, locale, origin));
      const t = await getTranslations({ locale, namespace: "auth.signUpMail" });
      return { ok: true, message: t("sent", { email }), values: { email } };
    }
    const exists = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (exists) throw new AppError("emailTaken");
    await db.user.create({ data: { email, passwordHash: await hashPassword(password), locale } });
    await signIn("credentials", { email, password, redirectTo: safeNext(formData.get("next"), locale) });
    return { ok: true };
  } catch (error) {
    return failure(error, locale, values);
  }
}

/** The emailed sign-up link: creates the account, then the traveller signs in. */
export async function confirmSignUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  try {
    await enforceRateLimit(`signup-confirm:ip:${await getClientAddress()}`, env.RATE_LIMIT_SIGNIN_PER_IP, ONE_HOUR);
    const token = formData.get("token");
    if (typeof token !== "string" || token.length > 64) throw new AppError("signUpLinkInvalid");
    await confirmSignUp(token);
  } catch (error) {
    return failure(error, locale);
  }
  redirect(`/${locale}/sign-in?created=1`);
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  const values = { email: String(formData.get("email") ?? "") };
  try {
    const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
    if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    // Per-account and per-address limits are counted inside authorize (auth.ts).
    try {
      await signIn("credentials", { ...parsed.data, redirectTo: safeNext(formData.get("next"), locale) });
    } catch (error) {
      // Only Auth.js's own refusal means "wrong email or password"; the success redirect
      // (NEXT_REDIRECT) and real faults must travel on.
      if (error instanceof RateLimitedSignin || (error instanceof AuthError && (error as { code?: string }).code === "rate_limited")) {
        // Say how long when it is this address's wait for this account (the per-address cap
        // across accounts has no single answer worth giving).
        const gate = await signInGate(parsed.data.email, await getClientAddress());
        throw new AppError("rateLimited", undefined, gate.allowed ? undefined : gate.retryAfterSeconds);
      }
      if (error instanceof AuthError) throw new AppError("invalidCredentials");
      throw error;
    }
    return { ok: true };
  } catch (error) {
    return failure(error, locale, values);
  }
}

/** Auth.js's session cookie, chunked (".0", ".1") when large, "__Secure-" over HTTPS. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Two ways out. "everywhere" (the default): bumping the session version ends this user's
 * sessions on every device and every copy of a cookie. "device": only this browser's cookie is
 * removed — the traveller's other phone or laptop stays signed in. (Auth.js's own signOut() is
 * not used for "device": its signOut event bumps the version, so that the raw
 * POST /api/auth/signout revokes copies too, see auth.ts.)
 */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData);
  const scope = formData.get("scope") === "device" ? "device" : "everywhere";
  const redirectTo = `/${locale}/sign-in?signed-out=1`;
  if (scope === "device") {
    const jar = await cookies();
    for (const cookie of jar.getAll()) if (SESSION_COOKIE.test(cookie.name)) jar.delete(cookie.name);
    redirect(redirectTo);
  }
  const user = await requireUser().catch(() => null);
  if (user) {
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    forgetSessionVersion(user.id);
  }
  await signOut({ redirectTo });
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  try {
    const user = await requireUser();
    const parsed = changePasswordSchema.safeParse({
      currentPassword: formData.get("currentPassword"),
      newPassword: formData.get("newPassword"),
    });
    if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    await enforceRateLimit(`password:account:${user.id}`, env.RATE_LIMIT_SIGNIN_PER_ACCOUNT, FIFTEEN_MINUTES);
    const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(row?.passwordHash, parsed.data.currentPassword))) throw new AppError("wrongCurrentPassword");
    await db.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(parsed.data.newPassword), sessionVersion: { increment: 1 } },
    });
    forgetSessionVersion(user.id);
    // Every earlier cookie is now refused; this device gets a fresh one at the new version.
    await signIn("credentials", {
      email: user.email,
      password: parsed.data.newPassword,
      redirectTo: `/${locale}/account?password-changed=1`,
    });
    return { ok: true };
  } catch (error) {
    return failure(error, locale);
  }
}
