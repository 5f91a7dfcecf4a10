import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { isResetLinkOpen } from "@/server/auth/password-reset";
import { resetPasswordAction } from "@/server/auth/password-reset-actions";
import { NewPasswordForm } from "@/components/auth/password-reset-forms";

export const dynamic = "force-dynamic";

// The token is in the address: never indexed, never sent on as a referrer.
export const generateMetadata = titleFor("auth.reset.chooseTitle", { robots: { index: false, follow: false }, referrer: "no-referrer" });

/** The emailed link: choose a new password, or learn that the link no longer works. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const open = await isResetLinkOpen(token);
  return (
    <section className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{open ? t("reset.chooseTitle") : t("reset.invalidTitle")}</h1>
      {open ? (
        <>
          <p className="text-stone-700">{t("reset.chooseIntro")}</p>
          <NewPasswordForm action={resetPasswordAction} locale={locale} token={token} labels={{ newPassword: t("reset.newPassword"), hint: t("passwordHint"), submit: t("reset.submit"), pending: tc("loading") }} />
        </>
      ) : (
        <>
          <p className="text-stone-700" data-testid="reset-link-invalid">{t("reset.invalidBody")}</p>
          <p>
            <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
              {t("reset.askAgain")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
