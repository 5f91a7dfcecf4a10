/** What an import found: counts, totals and the save button, the first records, the skipped rows. */
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { RecordList } from "@/components/records/record-list";
import { formatMoney } from "@/domain/money";
import type { Locale } from "@/i18n/routing";
import { commitImportAction } from "@/server/imports/import-actions";
import type { ImportView } from "@/server/imports/import-queries";
import { makeRecordPresenter } from "@/server/records/present-record";
import { toRecordView } from "@/server/records/record-rows";

const SHOWN_ISSUES = 200;

export async function ImportCounts({ locale, view }: { locale: Locale; view: ImportView }) {
  const t = await getTranslations({ locale, namespace: "imports" });
  const { data } = view;
  return (
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
      {view.status === "preview" && view.recordCount > 0 ? (
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
  );
}

export async function FirstRecords({ locale, view }: { locale: Locale; view: ImportView }) {
  const t = await getTranslations({ locale, namespace: "imports" });
  const present = await makeRecordPresenter(locale);
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{t("preview.firstShown", { shown: view.data.firstRecords.length, count: view.recordCount })}</h2>
      <RecordList testId="preview-records" items={view.data.firstRecords.map((record) => ({ ...present(toRecordView(record)), key: record.fingerprint }))} />
    </section>
  );
}

export async function SkippedRows({ locale, view, issues }: { locale: Locale; view: ImportView; issues: ImportView["data"]["issues"] }) {
  const t = await getTranslations({ locale, namespace: "imports" });
  const tr = await getTranslations({ locale, namespace: "records" });
  const shown = Math.min(issues.length, SHOWN_ISSUES);
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{t("preview.skippedTitle")}</h2>
      <ul className="flex flex-col gap-1 text-sm" data-testid="skipped-rows">
        {issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
          <li key={`${issue.line}-${index}`} data-testid="skipped-row">
            <span className="font-medium">{t("preview.line", { line: issue.line })}</span> {tr(issue.message)}
          </li>
        ))}
      </ul>
      {view.skippedCount > shown ? <p className="text-sm text-stone-600">{t("preview.moreSkipped", { count: view.skippedCount - shown })}</p> : null}
    </section>
  );
}
