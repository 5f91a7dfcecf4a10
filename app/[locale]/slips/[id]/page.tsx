import { titleFor } from "@/i18n/page-title";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import type { Locale } from "@/i18n/routing";
import { formatMoney } from "@/domain/money";
import { requireUserForPage } from "@/server/session";
import { getSavedDiagnosisForUser, getSlipForUser } from "@/server/slips/slip-queries";
import { countryName } from "@/server/slips/form-options";
import { PRINTED_FIELDS } from "@/server/slips/slip-view";
import { photoUrl } from "@/server/slips/slip-json";
import { formatWallClock } from "@/components/slips/slip-format";
import { SlipFacts } from "@/components/slips/slip-facts";
import { TrackingSection } from "@/components/tracking/tracking-section";

export const generateMetadata = titleFor("slips.detail.pageTitle");

type Params = Promise<{ locale: string; id: string }>;

export default async function SlipPage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string; decided?: string }> }) {
  const { id, locale: raw } = await params;
  const locale = raw as Locale;
  const search = await searchParams;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/slips/${id}`);
  const slip = await getSlipForUser(user.id, id);
  if (!slip) notFound();
  const diagnosis = slip.savedDiagnosisId ? await getSavedDiagnosisForUser(user.id, slip.savedDiagnosisId) : null;
  const t = await getTranslations({ locale });
  const money = (minor: number | null, currency: string | null) => (minor === null || !currency ? null : formatMoney(minor, currency, locale));
  const diagnosisTitleKey = `diagnosis.causes.${diagnosis?.causeId}.title`;
  const paidInstead = slip.paidInsteadMethod
    ? [t(`slips.paidInsteadMethods.${slip.paidInsteadMethod}`), slip.paidInsteadCardLast4 ? t("slips.detail.cardValue", { last4: slip.paidInsteadCardLast4 }) : null, money(slip.paidInsteadAmountMinor, slip.paidInsteadCurrency)]
        .filter(Boolean)
        .join(" · ")
    : null;
  const dcc = money(slip.dccHomeAmountMinor, slip.dccHomeCurrency);
  return (
    <article className="flex flex-col gap-5 py-4">
      <Link href="/slips" className="text-sm underline">
        {t("slips.detail.backToList")}
      </Link>
      {search.saved ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="slip-saved">
          {t("slips.detail.saved")}
        </p>
      ) : null}
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold break-words" data-testid="slip-merchant">
          {slip.merchantName}
        </h1>
        <p className="text-xl font-semibold tabular-nums" data-testid="slip-amount">
          {formatMoney(slip.amountMinor, slip.currency, locale)}
        </p>
      </header>
      <TrackingSection userId={user.id} slipId={slip.id} locale={locale} decided={search.decided} />
      <SlipFacts
        facts={[
          { label: t("slips.detail.when"), value: `${formatWallClock(slip.localDateTime, locale)} (${slip.timeZone})`, testId: "slip-when" },
          { label: t("slips.detail.where"), value: slip.city ? t("slips.detail.place", { city: slip.city, country: countryName(slip.country, locale) }) : countryName(slip.country, locale), testId: "slip-where" },
          { label: t("slips.detail.card"), value: t("slips.detail.cardValue", { last4: slip.cardLast4 }), testId: "slip-card" },
          { label: t("slips.detail.entryMode"), value: t(`slips.entryModes.${slip.entryMode}`) },
          { label: t("slips.detail.paidInstead"), value: paidInstead, testId: "slip-paid-instead" },
          { label: t("slips.detail.diagnosis"), value: diagnosis ? (t.has(diagnosisTitleKey) ? t(diagnosisTitleKey) : diagnosis.causeId) : null },
        ]}
      />
      {PRINTED_FIELDS.some((field) => slip[field]) || slip.dccRate || dcc ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("slips.detail.printed")}</h2>
          <SlipFacts
            facts={[
              ...PRINTED_FIELDS.map((field) => ({ label: t(`slips.form.${field}`), value: slip[field], testId: `slip-${field}` })),
              { label: t("slips.form.dccHomeAmount"), value: dcc && slip.dccRate ? t("slips.detail.dccValue", { amount: dcc, rate: slip.dccRate }) : dcc },
              { label: t("slips.form.dccRate"), value: dcc ? null : slip.dccRate },
            ]}
          />
        </section>
      ) : null}
      {slip.notes ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("slips.detail.notes")}</h2>
          <p className="whitespace-pre-wrap break-words" data-testid="slip-notes">
            {slip.notes}
          </p>
        </section>
      ) : null}
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("slips.detail.photos")}</h2>
        {slip.photos.length === 0 ? (
          <p className="text-sm text-stone-600">{t("slips.detail.noPhotos")}</p>
        ) : (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="slip-photos">
            {slip.photos.map((photo, index) => (
              <li key={photo.id}>
                <a href={photoUrl(slip.id, photo.id)} aria-label={t("photos.openFull", { number: index + 1 })} target="_blank" rel="noopener">
                  {/* A private, cookie-scoped image: the Next image optimiser would fetch it without the cookie. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={photoUrl(slip.id, photo.id, "thumb")} alt={t("photos.alt", { number: index + 1 })} className="aspect-square w-full rounded-md border border-stone-200 object-cover" />
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="flex flex-wrap gap-3">
        <Link href={`/slips/${slip.id}/edit`} className="rounded-md bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700" data-testid="edit-slip">
          {t("slips.detail.edit")}
        </Link>
        <Link href={`/slips/${slip.id}/delete`} className="rounded-md border border-red-300 bg-white px-4 py-3 font-semibold text-red-800" data-testid="delete-slip">
          {t("slips.detail.delete")}
        </Link>
      </div>
    </article>
  );
}
