import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppLink as Link } from "@/components/ui/app-link";
import { signUpAction } from "@/server/auth/auth-actions";
import { getCurrentUser } from "@/server/session";
import { CredentialsForm } from "@/components/auth/credentials-form";

export const generateMetadata = titleFor("auth.signUpTitle");

export default async function SignUpPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }) {
  const { locale } = await params;
  const { next } = await searchParams;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect(`/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "auth" });
  const tc = await getTranslations({ locale, namespace: "common" });
  return (
    <section className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <CredentialsForm
        action={signUpAction}
        locale={locale}
        next={next}
        testId="sign-up-form"
        labels={{ email: t("email"), password: t("password"), passwordHint: t("passwordHint"), submit: t("signUpSubmit"), pending: tc("loading") }}
      />
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("signInSubmit")}
        </Link>
      </p>
    </section>
  );
}
