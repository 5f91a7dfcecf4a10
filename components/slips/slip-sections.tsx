/** The sections of a slip's page: its facts, what the terminal printed, notes, photos, edit / delete. */
import { getTranslations } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { formatMoney } from "@/domain/money";
import { looseKeys } from "@/i18n/loose-keys";
import { getDateLocale } from "@/i18n/date-locale";
import type { Locale } from "@/i18n/routing";
import { countryName } from "@/server/slips/form-options";
import { photoUrl } from "@/server/slips/slip-json";
import { PRINTED_FIELDS, type SlipView } from "@/server/slips/slip-view";
import { SlipFacts } from "./slip-facts";
import { formatWallClock } from "./slip-format";

type Section = { slip: SlipView; locale: Locale };

const moneyIn = (locale: string) => (minor: number | null, currency: string | null) => (minor === null || !currency ? null : formatMoney(minor, currency, locale));

/** The merchant as printed and the amount: the top of the slip page and of a shared slip. */
export function SlipHeader({ slip, locale }: Section) {
  return (
    <header className="flex flex-col gap-1">
      <h1 className="text-2xl font-bold break-words" data-testid="slip-merchant">
        {slip.merchantName}
      </h1>
      <p className="text-xl font-semibold tabular-nums" data-testid="slip-amount">
        {formatMoney(slip.amountMinor, slip.currency, locale)}
      </p>
    </header>
  );
}

export async function SlipMainFacts({ slip, locale, diagnosisCauseId }: Section & { diagnosisCauseId: string | null }) {
  const t = await getTranslations({ locale, namespace: "slips" });
  const money = moneyIn(locale);
  // The cause id comes from a saved diagnosis; an unknown cause shows its id.
  const td = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  const diagnosisTitle = diagnosisCauseId ? (td.has(`causes.${diagnosisCauseId}.title`) ? td(`causes.${diagnosisCauseId}.title`) : diagnosisCauseId) : null;
  const paidInstead = slip.paidInsteadMethod
    ? [t(`paidInsteadMethods.${slip.paidInsteadMethod}`), slip.paidInsteadCardLast4 ? t("detail.cardValue", { last4: slip.paidInsteadCardLast4 }) : null, money(slip.paidInsteadAmountMinor, slip.paidInsteadCurrency)]
        .filter(Boolean)
        .join(" · ")
    : null;
  const country = countryName(slip.country, locale);
  const dateLocale = await getDateLocale(locale);
  return (
    <SlipFacts
      facts={[
        { label: t("detail.when"), value: `${formatWallClock(slip.localDateTime, dateLocale)} (${slip.timeZone})`, testId: "slip-when" },
        { label: t("detail.where"), value: slip.city ? t("detail.place", { city: slip.city, country }) : country, testId: "slip-where" },
        { label: t("detail.card"), value: t("detail.cardValue", { last4: slip.cardLast4 }), testId: "slip-card" },
        { label: t("detail.entryMode"), value: t(`entryModes.${slip.entryMode}`) },
        { label: t("detail.paidInstead"), value: paidInstead, testId: "slip-paid-instead" },
        { label: t("detail.diagnosis"), value: diagnosisTitle },
      ]}
    />
  );
}

export async function SlipPrinted({ slip, locale }: Section) {
  const t = await getTranslations({ locale, namespace: "slips" });
  const dcc = moneyIn(locale)(slip.dccHomeAmountMinor, slip.dccHomeCurrency);
  if (!PRINTED_FIELDS.some((field) => slip[field]) && !slip.dccRate && !dcc) return null;
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{t("detail.printed")}</h2>
      <SlipFacts
        facts={[
          // As the slip printed it ("T-0042"); the normalised value it is matched by follows when they differ.
          ...PRINTED_FIELDS.map((field) => {
            const printed = (slip.printedAs as Partial<Record<string, string>>)[field];
            return { label: t(`form.${field}`), value: printed && slip[field] ? t("detail.printedValue", { printed, normalised: slip[field] }) : slip[field], testId: `slip-${field}` };
          }),
          { label: t("form.dccHomeAmount"), value: dcc && slip.dccRate ? t("detail.dccValue", { amount: dcc, rate: slip.dccRate }) : dcc },
          { label: t("form.dccRate"), value: dcc ? null : slip.dccRate },
        ]}
      />
    </section>
  );
}

export async function SlipNotes({ slip, locale }: Section) {
  if (!slip.notes) return null;
  const t = await getTranslations({ locale, namespace: "slips" });
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{t("detail.notes")}</h2>
      <p className="whitespace-pre-wrap break-words" data-testid="slip-notes">
        {slip.notes}
      </p>
    </section>
  );
}

/** `urlFor` gives each photo's address (a share link serves them under its own token). */
export async function SlipPhotos({ slip, locale, urlFor = (photoId, size) => photoUrl(slip.id, photoId, size) }: Section & { urlFor?: (photoId: string, size?: "thumb") => string }) {
  const t = await getTranslations({ locale, namespace: "slips" });
  const tp = await getTranslations({ locale, namespace: "photos" });
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{t("detail.photos")}</h2>
      {slip.photos.length === 0 ? (
        <p className="text-sm text-stone-600">{t("detail.noPhotos")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="slip-photos">
          {slip.photos.map((photo, index) => (
            <li key={photo.id}>
              <a href={urlFor(photo.id)} aria-label={tp("openFull", { number: index + 1 })} target="_blank" rel="noopener">
                {/* A private, cookie-scoped image: the Next image optimiser would fetch it without the cookie. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={urlFor(photo.id, "thumb")} alt={tp("alt", { number: index + 1 })} className="aspect-square w-full rounded-md border border-stone-200 object-cover" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export async function SlipActions({ slip, locale }: Section) {
  const t = await getTranslations({ locale, namespace: "slips" });
  return (
    <div className="flex flex-wrap gap-3">
      <Link href={`/slips/${slip.id}/edit`} className="rounded-md bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700" data-testid="edit-slip">
        {t("detail.edit")}
      </Link>
      <Link href={`/slips/${slip.id}/delete`} className="rounded-md border border-red-300 bg-white px-4 py-3 font-semibold text-red-800" data-testid="delete-slip">
        {t("detail.delete")}
      </Link>
    </div>
  );
}
