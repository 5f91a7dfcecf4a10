"use server";
/** Sign-in through the optional providers; each is refused unless configured (auth.ts). */
import { z } from "zod";
import { signIn, enabledProviders } from "@/auth";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { hitRateLimit } from "@/server/http/rate-limit";
import { emailLimitKey } from "@/server/auth/sign-in-throttle";
import { getClientAddress } from "@/server/http/client-address";
import { failure, fieldErrorKeys, readLocale, type FormState } from "@/server/http/action-result";

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData);
  const provider = formData.get("provider");
  if (provider === "github" && enabledProviders.github) await signIn("github", { redirectTo: `/${locale}/account` });
  else if (provider === "google" && enabledProviders.google) await signIn("google", { redirectTo: `/${locale}/account` });
}

const magicLinkSchema = z.object({ email: z.string().trim().toLowerCase().pipe(z.email("auth.errors.emailInvalid")) });

export async function magicLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = readLocale(formData);
  const values = { email: String(formData.get("email") ?? "") };
  try {
    if (!enabledProviders.email) throw new AppError("notFound");
    const ip = await hitRateLimit(`signin:ip:${await getClientAddress()}`, env.RATE_LIMIT_SIGNIN_PER_IP, 15 * 60 * 1000);
    if (!ip.allowed) throw new AppError("rateLimited");
    const parsed = magicLinkSchema.safeParse({ email: formData.get("email") });
    if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
    const account = await hitRateLimit(emailLimitKey("signin", parsed.data.email), env.RATE_LIMIT_SIGNIN_PER_ACCOUNT, 15 * 60 * 1000);
    if (!account.allowed) throw new AppError("rateLimited");
    await signIn("nodemailer", { email: parsed.data.email, redirectTo: `/${locale}/account` });
    return { ok: true };
  } catch (error) {
    return failure(error, locale, values);
  }
}
