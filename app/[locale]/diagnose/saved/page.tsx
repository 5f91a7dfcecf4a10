import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatInstant } from "@/i18n/date-format";
import { getDateLocale } from "@/i18n/date-locale";
import { getCause, type CauseId, CAUSE_IDS } from "@/domain/diagnosis";
import { AppLink as Link } from "@/components/ui/app-link";
import { requireUserForPage } from "@/server/session";
import { listSavedDiagnoses } from "@/server/diagnosis/diagnosis-queries";
import { looseKeys } from "@/i18n/loose-keys";

export const generateMetadata = titleFor("diagnosePage.savedListTitle");

export default async function SavedDiagnosesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/diagnose/saved`);
  const t = await getTranslations({ locale, namespace: "diagnosePage" });
  // Diagnosis keys come from the domain (questions, options, causes); domain/diagnosis/messages.test.ts checks them.
  const td = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  const dateLocale = await getDateLocale(locale);
  const saved = await listSavedDiagnoses(user.id);
  const isCause = (id: string): id is CauseId => (CAUSE_IDS as readonly string[]).includes(id);
  return (
    <section className="flex flex-col gap-4 py-2">
      <h1 className="text-2xl font-bold">{t("savedListTitle")}</h1>
      {saved.length === 0 ? <p className="text-stone-600">{t("savedEmpty")}</p> : null}
      <ul className="flex flex-col gap-2" data-testid="saved-diagnoses">
        {saved.map((d) => (
          <li key={d.id}>
            <Link href={`/diagnose?${d.query}${d.query ? "&" : ""}r=1`} className="block rounded-lg border border-stone-200 bg-white p-3">
              <span className="block font-semibold text-brand-700">{isCause(d.causeId) ? td(getCause(d.causeId).titleKey) : d.causeId}</span>
              <span className="block text-sm text-stone-600">{t("savedOn", { date: formatInstant(d.createdAt, dateLocale) })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
