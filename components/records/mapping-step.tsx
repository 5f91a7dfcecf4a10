/**
 * The mapping step of an unknown CSV, on the server: loads the kept file's first rows, the
 * mapping to start from (the one chosen before, else the engine's proposal, else a guess from the
 * header words) and its preview, and every label in the traveller's language, then hands them to
 * the MappingForm. Keeps the preview page thin.
 */
import { getTranslations } from "next-intl/server";
import { DATE_FORMATS, KNOWN_DIRECTION_WORDS, KNOWN_PENDING_WORDS } from "@/domain/statements";
import type { Locale } from "@/i18n/routing";
import { saveImportMappingAction } from "@/server/imports/import-actions";
import type { ImportView } from "@/server/imports/import-queries";
import { guessRoles, MAPPING_ROLES, mappingToFormValues } from "@/server/imports/mapping-form";
import { loadImportTable, presentMappingPreview, topRows } from "@/server/imports/mapping-preview";
import { listCountryOptions, listCurrencyOptions } from "@/server/slips/form-options";
import { MappingForm, type MappingFormLabels } from "./mapping-form";

async function mappingLabels(locale: Locale): Promise<MappingFormLabels> {
  const t = await getTranslations({ locale, namespace: "imports.mapping" });
  const known = (words: readonly string[]) => words.slice(0, 8).join(", ");
  return {
    columns: {
      headerRow: t("headerRow"), headerRowHint: t("headerRowHint"), headerRowAuto: t("headerRowAuto"), headerRowNone: t("headerRowNone"),
      headerRowOption: t("headerRowOption", { n: "{n}", text: "{text}" }),
      column: t("column", { n: "{n}", header: "{header}" }), columnNoHeader: t("columnNoHeader", { n: "{n}" }),
      examples: t("examples", { values: "{values}" }),
      roles: [{ value: "", label: t("roles.ignore") }, ...MAPPING_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))],
    },
    options: {
      directionTitle: t("directionTitle"), directionOut: t("directionOut"), directionIn: t("directionIn"),
      directionHint: t("directionHint", { words: `${known(KNOWN_DIRECTION_WORDS.out)} / ${known(KNOWN_DIRECTION_WORDS.in)}` }),
      pendingWords: t("pendingWords"), pendingHint: t("pendingHint", { words: known(KNOWN_PENDING_WORDS) }),
      datesTitle: t("datesTitle"), dateFormat: t("dateFormat"),
      dateFormats: [{ value: "", label: t("auto") }, ...DATE_FORMATS.map((f) => ({ value: f, label: f }))],
      year: t("year"), yearHint: t("yearHint"), bankCountry: t("bankCountry"), bankCountryHint: t("bankCountryHint"), bankCountryUnknown: t("bankCountryUnknown"),
      amountsTitle: t("amountsTitle"), decimalSeparator: t("decimalSeparator"),
      decimalSeparators: [{ value: "", label: t("auto") }, { value: ".", label: t("point") }, { value: ",", label: t("comma") }],
      outflowSign: t("outflowSign"), outflowSigns: [{ value: "negative", label: t("negative") }, { value: "positive", label: t("positive") }],
      currencyCode: t("currencyCode"), choose: t("choose"),
    },
    preview: {
      title: t("previewTitle"), line: t("previewLine", { line: "{line}" }), skipped: t("previewSkipped", { reason: "{reason}" }),
      continues: t("previewContinues"), notReady: t("previewNotReady"), failed: t("previewFailed"),
    },
    previewButton: t("previewButton"), previewing: t("previewing"), submit: t("submit"), pending: t("pending"),
  };
}

export async function MappingStep({ view, locale }: { view: ImportView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "imports.mapping" });
  const table = await loadImportTable(view.userId, view.id);
  if (!table) return null;
  const start = view.options.mapping ?? view.data.proposal;
  const initial = start ? mappingToFormValues(start) : guessRoles(view.data.headers);
  const initialPreview = start ? await presentMappingPreview(table, start, locale) : null;
  return (
    <section className="flex flex-col gap-3" data-testid="mapping-step">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <MappingForm
        action={saveImportMappingAction}
        locale={locale}
        importId={view.id}
        topRows={topRows(table)}
        detectedHeaderRow={view.data.headerRow ?? 0}
        currencies={listCurrencyOptions(locale)}
        countries={listCountryOptions(locale)}
        initial={initial}
        initialPreview={initialPreview}
        labels={await mappingLabels(locale)}
      />
    </section>
  );
}
