import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertsForm } from "@/components/records/alerts-form";
import { RecordsNav } from "@/components/records/records-nav";
import type { Locale } from "@/i18n/routing";
import { pasteAlertsAction } from "@/server/alerts/alert-actions";
import { requireUserForPage } from "@/server/session";
import { listCountryOptions } from "@/server/slips/form-options";

export const generateMetadata = titleFor("alerts.title");

export default async function AlertsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireUserForPage(locale, `/${locale}/records/alerts`);
  const t = await getTranslations({ locale, namespace: "alerts" });
  const tc = await getTranslations({ locale, namespace: "payments.changes" });
  return (
    <div className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      <AlertsForm
        action={pasteAlertsAction}
        locale={locale}
        countries={listCountryOptions(locale)}
        labels={{
          issuerCountry: t("issuerCountry"), issuerCountryHint: t("issuerCountryHint"), issuerCountryUnknown: t("issuerCountryUnknown"),
          text: t("text"), hint: t("hint"), submit: t("submit"), pending: t("pending"), understood: t("understoodTitle"),
          notUnderstood: t("notUnderstoodTitle"), skipped: t("skippedTitle"), isNew: t("isNew"), alreadySaved: t("alreadySaved"),
          changes: { heading: tc("alertsHeading"), none: tc("none"), updating: tc("updating") },
        }}
      />
      <RecordsNav locale={locale} current="alerts" />
    </div>
  );
}
