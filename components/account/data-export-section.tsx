import { getTranslations } from "next-intl/server";

/** "Export my data": a plain download link (works without JavaScript) to /api/account/export. */
export async function DataExportSection({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "dataExport" });
  return (
    <section className="flex flex-col gap-3" aria-labelledby="data-export-title">
      <h2 id="data-export-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600" data-testid="data-export-body">{t("body")}</p>
      <a href={`/api/account/export?locale=${locale}`} download className="self-start rounded-md border border-stone-300 bg-white px-4 py-3 font-medium" data-testid="data-export">
        {t("download")}
      </a>
    </section>
  );
}
