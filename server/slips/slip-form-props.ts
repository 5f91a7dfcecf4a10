/** Labels and option lists for the slip form, in the page's language (server side only). */
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { SlipFormLabels, SlipFormOptions } from "@/server/slips/slip-form-types";
import { listSavedDiagnosesForUser } from "@/server/slips/slip-queries";
import { listCountryOptions, listCurrencyOptions, listTimeZoneOptions, listZonesByCountry } from "./form-options";

export async function loadSlipFormProps(locale: Locale, userId: string): Promise<{ labels: SlipFormLabels; options: SlipFormOptions }> {
  const t = await getTranslations({ locale });
  const { labels, options } = await loadStaticSlipFormProps(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const diagnoses = await listSavedDiagnosesForUser(userId);
  const savedDiagnoses = diagnoses.map((d) => {
    const titleKey = `diagnosis.causes.${d.causeId}.title`;
    // Cause titles come from the diagnosis messages; an unknown cause shows its id.
    const title = t.has(titleKey) ? t(titleKey) : d.causeId;
    return { value: d.id, label: `${dateFormat.format(d.createdAt)} · ${title}` };
  });
  return { labels, options: { ...options, savedDiagnoses } };
}

/** The same form for nobody in particular (the offline slip page, prerendered): no saved diagnoses. */
export async function loadStaticSlipFormProps(locale: Locale): Promise<{ labels: SlipFormLabels; options: SlipFormOptions }> {
  const t = await getTranslations({ locale });
  const photos = (key: string) => t(`photos.${key}`);
  const labels: SlipFormLabels = {
    form: t.raw("slips.form") as SlipFormLabels["form"],
    // Raw: "filled" and "proposed" keep their {count} / {confidence} for the client to fill in.
    reading: t.raw("slipReading.form") as SlipFormLabels["reading"],
    entryModes: t.raw("slips.entryModes") as SlipFormLabels["entryModes"],
    paidInsteadMethods: t.raw("slips.paidInsteadMethods") as SlipFormLabels["paidInsteadMethods"],
    photos: {
      label: photos("label"),
      hint: photos("hint"),
      takePhoto: photos("takePhoto"),
      chooseFiles: photos("chooseFiles"),
      previews: photos("previews"),
      existing: photos("existing"),
      remove: photos("remove"),
      // Filled in by the client for each preview.
      alt: t.raw("photos.alt") as string,
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
