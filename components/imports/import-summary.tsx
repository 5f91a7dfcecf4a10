/** The top of an import's page: what was saved (after the commit), the file's facts, file-level issues. */
import { getTranslations } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { CSV_LAYOUTS } from "@/domain/statements";
import { looseKeys } from "@/i18n/loose-keys";
import type { ImportView } from "@/server/imports/import-queries";

export async function ImportResult({ locale, view }: { locale: string; view: ImportView }) {
  const t = await getTranslations({ locale, namespace: "imports" });
  return (
    <div className="rounded-md bg-brand-50 px-3 py-3 text-brand-700" data-testid="import-result">
      <p className="font-semibold">{t("preview.result", { saved: view.newCount ?? 0, existing: view.existingCount ?? 0 })}</p>
      {(view.linkedCount ?? 0) > 0 ? <p className="text-sm">{t("preview.linked", { count: view.linkedCount ?? 0 })}</p> : null}
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        <Link href="/records" className="underline" data-testid="see-records">{t("preview.seeRecords")}</Link>
        <Link href="/records/import" className="underline">{t("preview.importAnother")}</Link>
      </p>
    </div>
  );
}

export async function ImportFacts({ locale, view }: { locale: string; view: ImportView }) {
  const t = await getTranslations({ locale, namespace: "imports" });
  // Layout and format ids come from the stored import; a layout without a translation shows its own label.
  const loose = looseKeys(t);
  const layoutName = view.layout
    ? loose.has(`layouts.${view.layout}`) ? loose(`layouts.${view.layout}`) : (CSV_LAYOUTS.find((l) => l.id === view.layout)?.label ?? view.layout)
    : view.format === "csv" && view.options.mapping ? t("preview.ownColumns") : null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="import-facts">
      <dt className="text-stone-600">{t("preview.file")}</dt>
      <dd className="break-all">{view.fileName}</dd>
      <dt className="text-stone-600">{t("preview.format")}</dt>
      <dd data-testid="import-format">{view.format && loose.has(`formats.${view.format}`) ? loose(`formats.${view.format}`) : "—"}</dd>
      {layoutName ? (
        <>
          <dt className="text-stone-600">{t("preview.layout")}</dt>
          <dd data-testid="import-layout">{layoutName}</dd>
        </>
      ) : null}
      <dt className="text-stone-600">{t("preview.encoding")}</dt>
      <dd>{view.encoding}</dd>
    </dl>
  );
}

/** "Preset applied · change the columns" while a mapped CSV is still a preview. */
export async function ColumnsNote({ locale, view }: { locale: string; view: ImportView }) {
  const t = await getTranslations({ locale, namespace: "imports" });
  return (
    <p className="rounded-md bg-stone-100 px-3 py-2 text-sm" data-testid={view.data.presetApplied ? "preset-applied" : "own-columns"}>
      {view.data.presetApplied ? `${t("preview.presetApplied")} ` : null}
      <Link href={{ pathname: `/records/import/${view.id}`, query: { mapping: "1" } }} className="underline" data-testid="change-columns">
        {t("preview.changeColumns")}
      </Link>
    </p>
  );
}

export async function FileIssues({ locale, issues }: { locale: string; issues: ImportView["data"]["issues"] }) {
  const tr = await getTranslations({ locale, namespace: "records" });
  return (
    <ul className="flex flex-col gap-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="file-issues">
      {issues.map((issue) => (
        <li key={issue.message}>{tr(issue.message)}</li>
      ))}
    </ul>
  );
}
