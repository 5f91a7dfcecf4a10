import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ColumnsNote, FileIssues, ImportFacts, ImportResult } from "@/components/imports/import-summary";
import { CurrencyStep, MappingStep } from "@/components/imports/import-steps";
import { FirstRecords, ImportCounts, SkippedRows } from "@/components/imports/import-records";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { getImportForUser } from "@/server/imports/import-queries";

export default async function ImportPreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ mapping?: string }>;
}) {
  const { locale: rawLocale, id } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/records/import/${id}`);
  const view = await getImportForUser(user.id, id);
  if (!view) notFound();
  const search = await searchParams;
  const t = await getTranslations({ locale, namespace: "imports" });
  const { data } = view;
  const isPreview = view.status === "preview";
  const needsCurrency = data.issues.some((issue) => issue.message === "statement.currencyNeeded");
  const showMapping = isPreview && view.format === "csv" && (view.needsMapping || search.mapping === "1");
  const rowIssues = data.issues.filter((issue) => issue.line > 0);
  const fileIssues = data.issues.filter((issue) => issue.line === 0);

  return (
    <div className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold" data-testid="import-title">
        {isPreview ? t("preview.title") : t("preview.savedTitle")}
      </h1>
      {!isPreview ? <ImportResult locale={locale} view={view} /> : null}
      <ImportFacts locale={locale} view={view} />
      {isPreview && view.options.mapping && !showMapping ? <ColumnsNote locale={locale} view={view} /> : null}
      {fileIssues.length > 0 ? <FileIssues locale={locale} issues={fileIssues} /> : null}
      {showMapping ? <MappingStep locale={locale} view={view} /> : null}
      {isPreview && needsCurrency ? <CurrencyStep locale={locale} view={view} /> : null}
      {!view.needsMapping ? <ImportCounts locale={locale} view={view} /> : null}
      {data.firstRecords.length > 0 && !view.needsMapping ? <FirstRecords locale={locale} view={view} /> : null}
      {rowIssues.length > 0 ? <SkippedRows locale={locale} view={view} issues={rowIssues} /> : null}
    </div>
  );
}
