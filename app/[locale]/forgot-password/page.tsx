import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { env } from "@/env";
import { requestPasswordResetAction } from "@/server/auth/password-reset-actions";
import { ForgotPasswordForm } from "@/components/auth/password-reset-forms";

export const generateMetadata = titleFor("auth.reset.forgotTitle");

/** "Forgot your password?": the address to send a reset link to, where SMTP is set up. */
export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  const tc = await getTranslations({ locale, namespace: "common" });
  return (
    <section className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{t("reset.forgotTitle")}</h1>
      {env.mailLinkOrigin ? (
        <>
          <p className="text-stone-700">{t("reset.forgotIntro")}</p>
          <ForgotPasswordForm action={requestPasswordResetAction} locale={locale} labels={{ email: t("email"), submit: t("reset.send"), pending: tc("loading") }} />
        </>
      ) : (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900" data-testid="reset-unavailable">
          {t("reset.unavailable")}
        </p>
      )}
      <p className="text-sm">
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("reset.backToSignIn")}
        </Link>
      </p>
    </section>
  );
}
