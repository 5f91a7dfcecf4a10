/** Labels and option lists for the slip form, in the page's language (server side only). */
import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { formatInstant } from "@/i18n/date-format";
import { getDateLocale } from "@/i18n/date-locale";
import type { Locale } from "@/i18n/routing";
import type { SlipFormLabels, SlipFormOptions } from "@/server/slips/slip-form-types";
import { listSavedDiagnosesForUser } from "@/server/slips/slip-queries";
import { listCountryOptions, listCurrencyOptions, listTimeZoneOptions, listZonesByCountry } from "./form-options";
import { looseKeys } from "@/i18n/loose-keys";

export async function loadSlipFormProps(locale: Locale, userId: string): Promise<{ labels: SlipFormLabels; options: SlipFormOptions }> {
  const t = looseKeys(await getTranslations({ locale }));
  const { labels, options } = await loadStaticSlipFormProps(locale);
  const dateLocale = await getDateLocale(locale);
  const diagnoses = await listSavedDiagnosesForUser(userId);
  const savedDiagnoses = diagnoses.map((d) => {
    const titleKey = `diagnosis.causes.${d.causeId}.title`;
    // Cause titles come from the diagnosis messages; an unknown cause shows its id.
    const title = t.has(titleKey) ? t(titleKey) : d.causeId;
    return { value: d.id, label: `${formatInstant(d.createdAt, dateLocale)} · ${title}` };
  });
  return { labels, options: { ...options, savedDiagnoses } };
}

/** The same form for nobody in particular (the offline slip page, prerendered): no saved diagnoses. */
export async function loadStaticSlipFormProps(locale: Locale): Promise<{ labels: SlipFormLabels; options: SlipFormOptions }> {
  const photos = await getTranslations({ locale, namespace: "photos" });
  const { slips, slipReading } = await getMessages({ locale });
  const labels: SlipFormLabels = {
    form: slips.form,
    // Raw: "filled" and "proposed" keep their {count} / {confidence} for the client to fill in.
    reading: slipReading.form,
    entryModes: slips.entryModes,
    paidInsteadMethods: slips.paidInsteadMethods,
    photos: {
      label: photos("label"),
      hint: photos("hint"),
      takePhoto: photos("takePhoto"),
      chooseFiles: photos("chooseFiles"),
      previews: photos("previews"),
      existing: photos("existing"),
      remove: photos("remove"),
      kept: photos("kept"),
      // Filled in by the client for each preview.
      alt: photos.raw("alt") as string,
      heic: photos("errors.heic"),
      tooLarge: photos("errors.tooLarge"),
    },
  };
  const options: SlipFormOptions = {
    countries: listCountryOptions(locale),
    currencies: listCurrencyOptions(locale),
    timeZones: listTimeZoneOptions(locale),
    zonesByCountry: listZonesByCountry(),
    savedDiagnoses: [],
  };
  return { labels, options };
}
