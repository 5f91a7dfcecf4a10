import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { ActionButton } from "@/components/ui/action-button";
import { isSignUpLinkOpen } from "@/server/auth/confirm-sign-up";
import { confirmSignUpAction } from "@/server/auth/auth-actions";

export const dynamic = "force-dynamic";

// The token is in the address: never indexed, never sent on as a referrer.
export const generateMetadata = titleFor("auth.signUpMail.confirmTitle", { robots: { index: false, follow: false }, referrer: "no-referrer" });

/**
 * The emailed sign-up link. Opening it creates nothing (mail scanners open links); the button
 * does — a plain post that works without JavaScript.
 */
export default async function ConfirmSignUpPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth.signUpMail" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const open = await isSignUpLinkOpen(token);
  return (
    <section className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{open ? t("confirmTitle") : t("invalidTitle")}</h1>
      {open ? (
        <>
          <p className="text-stone-700">{t("confirmIntro")}</p>
          <ActionButton action={confirmSignUpAction} fields={{ locale, token }} label={t("confirmSubmit")} pendingLabel={tc("loading")} testId="confirm-sign-up" />
        </>
      ) : (
        <>
          <p className="text-stone-700" data-testid="sign-up-link-invalid">{t("invalidBody")}</p>
          <p>
            <Link href="/sign-up" className="font-semibold text-brand-700 underline">
              {t("again")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
