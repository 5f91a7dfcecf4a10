/** The steps an import may still need before it can be saved: choosing columns, choosing a currency. */
import { getTranslations } from "next-intl/server";
import { CurrencyForm } from "@/components/records/currency-form";
import { MappingForm } from "@/components/records/mapping-form";
import { DATE_FORMATS } from "@/domain/statements";
import type { Locale } from "@/i18n/routing";
import { saveImportMappingAction, setImportCurrencyAction } from "@/server/imports/import-actions";
import type { ImportView } from "@/server/imports/import-queries";
import { guessRoles, MAPPING_ROLES, mappingToFormValues } from "@/server/imports/mapping-form";
import { listCurrencyOptions } from "@/server/slips/form-options";

export async function MappingStep({ locale, view }: { locale: Locale; view: ImportView }) {
  const t = await getTranslations({ locale, namespace: "imports" });
  const { data } = view;
  const columns = data.headers.map((header, index) => ({
    index,
    header: header || t("mapping.noHeader"),
    examples: data.preview.slice(1, 4).map((row) => row[index] ?? "").filter((cell) => cell !== ""),
  }));
  return (
    <section className="flex flex-col gap-3" data-testid="mapping-step">
      <h2 className="text-lg font-semibold">{t("mapping.title")}</h2>
      <p className="text-sm text-stone-700">{t("mapping.intro")}</p>
      <MappingForm
        action={saveImportMappingAction}
        locale={locale}
        importId={view.id}
        columns={columns}
        currencies={listCurrencyOptions(locale)}
        initial={view.options.mapping ? mappingToFormValues(view.options.mapping) : guessRoles(data.headers)}
        labels={{
          column: t("mapping.column", { n: "{n}", header: "{header}" }),
          examples: t("mapping.examples", { values: "{values}" }),
          roles: [{ value: "", label: t("mapping.roles.ignore") }, ...MAPPING_ROLES.map((role) => ({ value: role, label: t(`mapping.roles.${role}`) }))],
          dateFormat: t("mapping.dateFormat"),
          dateFormats: [{ value: "", label: t("mapping.auto") }, ...DATE_FORMATS.map((f) => ({ value: f, label: f }))],
          decimalSeparator: t("mapping.decimalSeparator"),
          decimalSeparators: [{ value: "", label: t("mapping.auto") }, { value: ".", label: t("mapping.point") }, { value: ",", label: t("mapping.comma") }],
          outflowSign: t("mapping.outflowSign"),
          outflowSigns: [{ value: "negative", label: t("mapping.negative") }, { value: "positive", label: t("mapping.positive") }],
          currencyCode: t("mapping.currencyCode"),
          choose: t("mapping.choose"),
          submit: t("mapping.submit"),
          pending: t("mapping.pending"),
        }}
      />
    </section>
  );
}

export async function CurrencyStep({ locale, view }: { locale: Locale; view: ImportView }) {
  const t = await getTranslations({ locale, namespace: "imports" });
  return (
    <section className="flex flex-col gap-3" data-testid="currency-step">
      <h2 className="text-lg font-semibold">{t("currency.title")}</h2>
      <CurrencyForm
        action={setImportCurrencyAction}
        locale={locale}
        importId={view.id}
        currencies={listCurrencyOptions(locale)}
        labels={{ currency: t("currency.label"), choose: t("mapping.choose"), submit: t("currency.submit"), pending: t("mapping.pending") }}
      />
    </section>
  );
}
