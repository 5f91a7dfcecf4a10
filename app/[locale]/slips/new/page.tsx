import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readSlipPrefill, type SlipPrefillValues } from "@/domain/diagnosis";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { createSlipAction } from "@/server/slips/slip-actions";
import { loadSlipFormProps } from "@/server/slips/slip-form-props";
import { SlipForm } from "@/components/slips/slip-form";

export const generateMetadata = titleFor("slips.new.title");

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Percent-encodes everything but letters, digits and "-._", so the sign-in return path stays a safe path. */
function toQuery(prefill: SlipPrefillValues): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return Object.entries(prefill)
    .map(([name, value]) => `${name}=${encode(String(value))}`)
    .join("&");
}

/**
 * A new slip. Opened from the guide's "Log this slip" link it starts from what the guide learned
 * (docs/diagnosis.md, "Log this slip"): every parameter is checked with the slip form's own rules
 * (readSlipPrefill), the screen text has card numbers cut to the last 4 digits, and what has no
 * field of its own (the screen text, the outcome, the guide's cause) is written into the notes
 * and shown above the form, so the traveller sees and can change all of it.
 */
export default async function NewSlipPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const prefill = readSlipPrefill(await searchParams);
  const query = toQuery(prefill);
  const user = await requireUserForPage(locale, `/${locale}/slips/new${query ? `?${query}` : ""}`);
  const t = await getTranslations({ locale, namespace: "slips" });
  const td = await getTranslations({ locale, namespace: "diagnosis" });
  const { labels, options } = await loadSlipFormProps(locale, user.id);
  const outcome = prefill.outcome ? td(`questions.slipPrinted.options.${prefill.outcome}`) : undefined;
  const cause = prefill.cause ? td(`causes.${prefill.cause}.title`) : undefined;
  const notes = [
    prefill.screenText ? t("new.notesScreen", { text: prefill.screenText }) : null,
    outcome ? t("new.notesOutcome", { outcome }) : null,
    cause ? t("new.notesCause", { cause }) : null,
  ].filter((line): line is string => line !== null);
  const initial: Record<string, string> = {};
  if (prefill.country) initial.country = prefill.country;
  if (prefill.entryMode) initial.entryMode = prefill.entryMode;
  if (prefill.responseCode) initial.responseCode = prefill.responseCode;
  if (prefill.offlineWording) initial.offlineWording = prefill.offlineWording;
  if (notes.length > 0) initial.notes = notes.join("\n");
  const fromGuide = query !== "";
  return (
    <div className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t("new.title")}</h1>
      {fromGuide ? (
        <section className="rounded-lg border border-stone-200 bg-brand-50 p-3 text-sm" data-testid="slip-prefill">
          <p>{t("new.fromGuide")}</p>
          {prefill.screenText || outcome || cause ? (
            <dl className="mt-2 grid grid-cols-1 gap-1">
              {prefill.screenText ? (
                <div>
                  <dt className="inline font-semibold">{t("new.fromGuideScreen")}: </dt>
                  <dd className="inline break-words" data-testid="slip-prefill-screen">{prefill.screenText}</dd>
                </div>
              ) : null}
              {outcome ? (
                <div>
                  <dt className="inline font-semibold">{t("new.fromGuideOutcome")}: </dt>
                  <dd className="inline" data-testid="slip-prefill-outcome">{outcome}</dd>
                </div>
              ) : null}
              {cause ? (
                <div>
                  <dt className="inline font-semibold">{t("new.fromGuideCause")}: </dt>
                  <dd className="inline" data-testid="slip-prefill-cause">{cause}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
        </section>
      ) : (
        <p className="text-sm text-stone-700">{t("new.intro")}</p>
      )}
      <SlipForm action={createSlipAction} locale={locale} labels={labels} options={options} initial={initial} cancelHref={`/${locale}/slips`} />
    </div>
  );
}
