import { titleFor } from "@/i18n/page-title";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { ActionButton } from "@/components/ui/action-button";
import { looseKeys } from "@/i18n/loose-keys";
import { CurrencyForm } from "@/components/records/currency-form";
import { MappingStep } from "@/components/records/mapping-step";
import { RecordList } from "@/components/records/record-list";
import { CSV_LAYOUTS } from "@/domain/statements";
import { formatMoney } from "@/domain/money";
import type { Locale } from "@/i18n/routing";
import { commitImportAction, setImportCurrencyAction } from "@/server/imports/import-actions";
import { ASKS_FOR_CURRENCY } from "@/server/imports/import-preview";
import { requireUserForPage } from "@/server/session";
import { getImportForUser } from "@/server/imports/import-queries";
import { makeRecordPresenter } from "@/server/records/present-record";
import { toRecordView } from "@/server/records/record-rows";
import { listCurrencyOptions } from "@/server/slips/form-options";
import { listStatusChangesAfter } from "@/server/tracking/status-changes";
import { StatusChangeList } from "@/components/tracking/status-change-list";

export const generateMetadata = titleFor("imports.preview.title");

const SHOWN_ISSUES = 200;

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
  const tr = await getTranslations({ locale, namespace: "records" });
  const present = await makeRecordPresenter(locale);
  const { data } = view;
  const isPreview = view.status === "preview";
  const needsCurrency = data.issues.some((issue) => ASKS_FOR_CURRENCY.has(issue.message));
  const showMapping = isPreview && view.format === "csv" && (view.needsMapping || search.mapping === "1");
  const currencies = listCurrencyOptions(locale);
  const layoutName = view.layout
    ? looseKeys(t).has(`layouts.${view.layout}`) ? looseKeys(t)(`layouts.${view.layout}`) : (CSV_LAYOUTS.find((l) => l.id === view.layout)?.label ?? view.layout)
    : view.format === "csv" && view.options.mapping ? t("preview.ownColumns") : null;
  const rowIssues = data.issues.filter((issue) => issue.line > 0);
  const fileIssues = data.issues.filter((issue) => issue.line === 0);
  const changed = !isPreview && view.committedAt ? await listStatusChangesAfter(user.id, view.committedAt, locale) : null;
  const tt = await getTranslations({ locale, namespace: "payments.changes" });

  return (
    <div className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold" data-testid="import-title">
        {isPreview ? t("preview.title") : t("preview.savedTitle")}
      </h1>

      {!isPreview ? (
        <div className="rounded-md bg-brand-50 px-3 py-3 text-brand-700" data-testid="import-result">
          <p className="font-semibold">{t("preview.result", { saved: view.newCount ?? 0, existing: view.existingCount ?? 0 })}</p>
          {(view.updatedCount ?? 0) > 0 ? <p className="text-sm" data-testid="import-updated">{t("preview.updated", { count: view.updatedCount ?? 0 })}</p> : null}
          {(view.linkedCount ?? 0) > 0 ? <p className="text-sm">{t("preview.linked", { count: view.linkedCount ?? 0 })}</p> : null}
          <p className="mt-2 flex flex-wrap gap-4 text-sm">
            <Link href="/records" className="underline" data-testid="see-records">{t("preview.seeRecords")}</Link>
            <Link href="/records/import" className="underline">{t("preview.importAnother")}</Link>
          </p>
        </div>
      ) : null}

      {changed ? <StatusChangeList changes={changed.changes} isUpdating={changed.isUpdating} labels={{ heading: tt("importHeading"), none: tt("none"), updating: tt("updating") }} testId="import-changes" /> : null}

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="import-facts">
        <dt className="text-stone-600">{t("preview.file")}</dt>
        <dd className="break-all">{view.fileName}</dd>
        <dt className="text-stone-600">{t("preview.format")}</dt>
        <dd data-testid="import-format">{view.format ? t(`formats.${view.format}` as "formats.csv") : "—"}</dd>
        {layoutName ? (
          <>
            <dt className="text-stone-600">{t("preview.layout")}</dt>
            <dd data-testid="import-layout">{layoutName}</dd>
          </>
        ) : null}
        <dt className="text-stone-600">{t("preview.encoding")}</dt>
        <dd>{view.encoding}</dd>
      </dl>

      {isPreview && view.options.mapping && !showMapping ? (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm" data-testid={data.presetApplied ? "preset-applied" : "own-columns"}>
          {data.presetApplied ? `${t("preview.presetApplied")} ` : null}
          <Link href={{ pathname: `/records/import/${view.id}`, query: { mapping: "1" } }} className="underline" data-testid="change-columns">
            {t("preview.changeColumns")}
          </Link>
        </p>
      ) : null}

      {fileIssues.length > 0 ? (
        <ul className="flex flex-col gap-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="file-issues">
          {fileIssues.map((issue) => (
            <li key={issue.message}>{tr(issue.message)}</li>
          ))}
        </ul>
      ) : null}

      {showMapping ? <MappingStep view={view} locale={locale} /> : null}

      {isPreview && needsCurrency ? (
        <section className="flex flex-col gap-3" data-testid="currency-step">
          <h2 className="text-lg font-semibold">{t("currency.title")}</h2>
          <CurrencyForm
            action={setImportCurrencyAction}
            locale={locale}
            importId={view.id}
            currencies={currencies}
            labels={{ currency: t("currency.label"), choose: t("mapping.choose"), submit: t("currency.submit"), pending: t("mapping.pending") }}
          />
        </section>
      ) : null}

      {!view.needsMapping ? (
        <section className="flex flex-col gap-3">
          <p className="text-lg font-semibold" data-testid="import-counts">
            {t("preview.found", { count: view.recordCount })} · {t("preview.skipped", { count: view.skippedCount })}
          </p>
          {data.firstDate && data.lastDate ? <p className="text-sm text-stone-700">{t("preview.period", { first: data.firstDate, last: data.lastDate })}</p> : null}
          {data.totals.length > 0 ? (
            <ul className="text-sm text-stone-700" data-testid="import-totals">
              {data.totals.map((total) => (
                <li key={total.currency}>
                  {t("preview.total", {
                    currency: total.currency, count: total.count,
                    out: formatMoney(total.outMinor, total.currency, locale), in: formatMoney(total.inMinor, total.currency, locale),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          {isPreview && view.recordCount > 0 ? (
            <ActionButton
              action={commitImportAction}
              fields={{ locale, importId: view.id }}
              label={t("preview.commit", { count: view.recordCount })}
              pendingLabel={t("preview.committing", { count: view.recordCount })}
              testId="commit-submit"
              formTestId="commit-form"
            />
          ) : null}
        </section>
      ) : null}

      {data.firstRecords.length > 0 && !view.needsMapping ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("preview.firstShown", { shown: data.firstRecords.length, count: view.recordCount })}</h2>
          <RecordList testId="preview-records" items={data.firstRecords.map((record) => ({ ...present(toRecordView(record)), key: record.fingerprint }))} />
        </section>
      ) : null}

      {rowIssues.length > 0 ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("preview.skippedTitle")}</h2>
          <ul className="flex flex-col gap-1 text-sm" data-testid="skipped-rows">
            {rowIssues.slice(0, SHOWN_ISSUES).map((issue, index) => (
              <li key={`${issue.line}-${index}`} data-testid="skipped-row">
                <span className="font-medium">{t("preview.line", { line: issue.line })}</span> {tr(issue.message)}
              </li>
            ))}
          </ul>
          {view.skippedCount > Math.min(rowIssues.length, SHOWN_ISSUES) ? (
            <p className="text-sm text-stone-600">{t("preview.moreSkipped", { count: view.skippedCount - Math.min(rowIssues.length, SHOWN_ISSUES) })}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
