import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppLink as Link } from "@/components/ui/app-link";
import { enabledProviders } from "@/auth";
import { env } from "@/env";
import { signInAction } from "@/server/auth/auth-actions";
import { getCurrentUser } from "@/server/session";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { OtherProviders } from "@/components/auth/other-providers";

export const generateMetadata = titleFor("auth.signInTitle");

type Search = Promise<{ next?: string; "signed-out"?: string; "check-email"?: string; reset?: string; created?: string }>;

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }) {
  const { locale } = await params;
  const search = await searchParams;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect(`/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "auth" });
  const tc = await getTranslations({ locale, namespace: "common" });
  return (
    <section className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      {search["signed-out"] ? <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="signed-out-notice">{t("signedOutNotice")}</p> : null}
      {search["check-email"] ? <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">{t("checkEmail")}</p> : null}
      {search.created ? <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="sign-up-created">{t("signUpMail.created")}</p> : null}
      {search.reset ? <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="password-reset-done">{t("reset.done")}</p> : null}
      <CredentialsForm
        action={signInAction}
        locale={locale}
        next={search.next}
        testId="sign-in-form"
        labels={{ email: t("email"), password: t("password"), submit: t("signInSubmit"), pending: tc("loading") }}
      />
      {env.mailLinkOrigin ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="text-brand-700 underline" data-testid="forgot-password-link">
            {t("reset.forgotLink")}
          </Link>
        </p>
      ) : null}
      <OtherProviders locale={locale} providers={enabledProviders} />
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link href={search.next ? { pathname: "/sign-up", query: { next: search.next } } : "/sign-up"} className="font-semibold text-brand-700 underline">
          {t("signUpSubmit")}
        </Link>
      </p>
    </section>
  );
}
