import { titleFor } from "@/i18n/page-title";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { getSavedDiagnosisForUser, getSlipForUser } from "@/server/slips/slip-queries";
import { SlipActions, SlipHeader, SlipMainFacts, SlipNotes, SlipPhotos, SlipPrinted } from "@/components/slips/slip-sections";
import { TrackingSection } from "@/components/tracking/tracking-section";
import { DisputeSection } from "@/components/disputes/dispute-section";
import { ShareSection } from "@/components/sharing/share-section";

export const generateMetadata = titleFor("slips.detail.pageTitle");

type Params = Promise<{ locale: string; id: string }>;

export default async function SlipPage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string; decided?: string; revoked?: string; dispute?: string }> }) {
  const { id, locale: raw } = await params;
  const locale = raw as Locale;
  const search = await searchParams;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/slips/${id}`);
  const slip = await getSlipForUser(user.id, id);
  if (!slip) notFound();
  const diagnosis = slip.savedDiagnosisId ? await getSavedDiagnosisForUser(user.id, slip.savedDiagnosisId) : null;
  const t = await getTranslations({ locale, namespace: "slips.detail" });
  return (
    <article className="flex flex-col gap-5 py-4">
      <Link href="/slips" className="text-sm underline">
        {t("backToList")}
      </Link>
      {search.saved ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="slip-saved">
          {t("saved")}
        </p>
      ) : null}
      <SlipHeader slip={slip} locale={locale} />
      <TrackingSection userId={user.id} slipId={slip.id} locale={locale} decided={search.decided} />
      <DisputeSection userId={user.id} slipId={slip.id} locale={locale} saved={search.dispute} />
      <SlipMainFacts slip={slip} locale={locale} diagnosisCauseId={diagnosis?.causeId ?? null} />
      <SlipPrinted slip={slip} locale={locale} />
      <SlipNotes slip={slip} locale={locale} />
      <SlipPhotos slip={slip} locale={locale} />
      <ShareSection userId={user.id} slipId={slip.id} locale={locale} revoked={Boolean(search.revoked)} />
      <SlipActions slip={slip} locale={locale} />
    </article>
  );
}
