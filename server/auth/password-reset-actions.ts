"use server";
/**
 * "Forgot password" and "choose a new password" (server/auth/password-reset.ts). Both are plain
 * form posts that work without JavaScript. Asking answers the same for every address — account
 * or not — and sends the mail after the answer, so neither the words nor the time tell whether
 * an account exists. Limited per client address and per email.
 */
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { env } from "@/env";
import { forgetSessionVersion } from "@/server/auth/session-versions";
import { AppError } from "@/server/errors";
import { getClientAddress } from "@/server/http/client-address";
import { enforceRateLimit } from "@/server/http/rate-limit";
import { emailLimitKey } from "./sign-in-throttle";
import { failure, fieldErrorKeys, readLocale, type FormState } from "@/server/http/action-result";
import { emailSchema, newPasswordSchema } from "./account-schemas";
import { createPasswordReset, resetPassword, sendResetMail } from "./password-reset";

const ONE_HOUR = 60 * 60 * 1000;


export async function requestPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  const values = { email: String(formData.get("email") ?? "").slice(0, 254) };
  try {
    const origin = env.mailLinkOrigin;
    if (!origin) throw new AppError("resetUnavailable");
    await enforceRateLimit(`reset:ip:${await getClientAddress()}`, env.RATE_LIMIT_SIGNUP_PER_IP, ONE_HOUR);
    const parsed = z.object({ email: emailSchema }).safeParse({ email: formData.get("email") });
    if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    await enforceRateLimit(emailLimitKey("reset", parsed.data.email), env.RATE_LIMIT_SIGNIN_PER_ACCOUNT, ONE_HOUR);
    const mail = await createPasswordReset(parsed.data.email, locale, origin);
    if (mail) await sendResetMail(mail);
    const t = await getTranslations({ locale, namespace: "auth.reset" });
    return { ok: true, message: t("sent", { email: parsed.data.email }), values: { email: parsed.data.email } };
  } catch (error) {
    return failure(error, locale, values);
  }
}

const resetSchema = z.object({ token: z.string().min(1).max(64), newPassword: newPasswordSchema });

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  try {
    await enforceRateLimit(`reset-use:ip:${await getClientAddress()}`, env.RATE_LIMIT_SIGNIN_PER_IP, ONE_HOUR);
    const parsed = resetSchema.safeParse({ token: formData.get("token"), newPassword: formData.get("newPassword") });
    if (!parsed.success) {
      if (parsed.error.issues.some((issue) => issue.path[0] === "token")) throw new AppError("resetLinkInvalid");
      throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    }
    const { userId } = await resetPassword(parsed.data.token, parsed.data.newPassword);
    forgetSessionVersion(userId);
  } catch (error) {
    return failure(error, locale);
  }
  redirect(`/${locale}/sign-in?reset=1`);
}
