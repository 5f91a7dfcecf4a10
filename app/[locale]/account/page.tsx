import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { changePasswordAction, signOutAction } from "@/server/auth/auth-actions";
import { requireUserForPage } from "@/server/session";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { DataExportSection } from "@/components/account/data-export-section";
import { DeleteAccountSection } from "@/components/account/delete-account-section";
import { SignOutForm } from "@/components/offline/sign-out-form";
import { AccountShareLinks } from "@/components/sharing/share-section";

export const generateMetadata = titleFor("account.title");

export default async function AccountPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ "password-changed"?: string; revoked?: string }> }) {
  const { locale } = await params;
  const search = await searchParams;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "account" });
  const ta = await getTranslations({ locale, namespace: "auth" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tq = await getTranslations({ locale, namespace: "offlineSlips" });
  return (
    <div className="flex flex-col gap-8 py-4">
      <section>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-stone-700" data-testid="signed-in-as">
          {t("signedInAs", { email: user.email })}
        </p>
        {search["password-changed"] ? (
          <p className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="password-changed">
            {t("passwordChanged")}
          </p>
        ) : null}
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("changePasswordTitle")}</h2>
        <ChangePasswordForm
          action={changePasswordAction}
          locale={locale}
          labels={{ currentPassword: t("currentPassword"), newPassword: t("newPassword"), hint: ta("passwordHint"), submit: t("changePasswordSubmit"), pending: tc("loading") }}
        />
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("signOutTitle")}</h2>
        <p className="text-sm text-stone-600">{t("signOutHint")}</p>
        <div className="flex flex-wrap gap-3">
          <SignOutForm action={signOutAction} locale={locale} scope="device" labels={{ signOut: t("signOutDevice"), waiting: tq.raw("signOutWaiting") as string, confirm: tq("signOutConfirm"), cancel: tq("signOutCancel") }} />
          <SignOutForm action={signOutAction} locale={locale} labels={{ signOut: t("signOutEverywhere"), waiting: tq.raw("signOutWaiting") as string, confirm: tq("signOutConfirm"), cancel: tq("signOutCancel") }} />
        </div>
      </section>
      <AccountShareLinks userId={user.id} locale={locale} revoked={Boolean(search.revoked)} />
      <DataExportSection locale={locale} />
      <DeleteAccountSection locale={locale} email={user.email} />
    </div>
  );
}
