import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { createSlipAction } from "@/server/slips/slip-actions";
import { loadSlipFormProps } from "@/server/slips/slip-form-props";
import { SlipForm } from "@/components/slips/slip-form";

export default async function NewSlipPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/slips/new`);
  const t = await getTranslations({ locale, namespace: "slips" });
  const { labels, options } = await loadSlipFormProps(locale, user.id);
  return (
    <div className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t("new.title")}</h1>
      <p className="text-sm text-stone-700">{t("new.intro")}</p>
      <SlipForm action={createSlipAction} locale={locale} labels={labels} options={options} initial={{}} cancelHref={`/${locale}/slips`} />
    </div>
  );
}
