import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { RecordsNav } from "@/components/records/records-nav";
import { UploadForm } from "@/components/records/upload-form";
import { CSV_LAYOUTS } from "@/domain/statements";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { listOpenImports } from "@/server/imports/import-queries";
import { looseKeys } from "@/i18n/loose-keys";

export const generateMetadata = titleFor("imports.upload.title");

/** Only our own message keys are shown from the URL; anything else reads as a failed upload. */
function isShownKey(key: string | undefined): key is string {
  return typeof key === "string" && /^(records|imports\.errors|errors)\.[A-Za-z.]+$/.test(key);
}

export default async function ImportPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/records/import`);
  const { error } = await searchParams;
  const t = await getTranslations({ locale, namespace: "imports" });
  const tAll = looseKeys(await getTranslations({ locale }));
  const open = await listOpenImports(user.id);
  const serverError = error ? (isShownKey(error) && tAll.has(error) ? tAll(error) : t("errors.uploadFailed")) : undefined;
  return (
    <div className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{t("upload.title")}</h1>
      <p className="text-stone-700">{t("upload.intro")}</p>
      <UploadForm
        locale={locale}
        serverError={serverError}
        labels={{
          file: t("upload.file"), fileHint: t("upload.fileHint"), submit: t("upload.submit"),
          uploading: t("upload.uploading", { percent: "{percent}" }), reading: t("upload.reading"), failed: t("errors.uploadFailed"),
        }}
      />
      {open.length > 0 ? (
        <section className="flex flex-col gap-2" data-testid="open-imports">
          <h2 className="text-lg font-semibold">{t("upload.openTitle")}</h2>
          <ul className="flex flex-col gap-1">
            {open.map((item) => (
              <li key={item.id}>
                <Link href={`/records/import/${item.id}`} className="underline">
                  {item.needsMapping ? t("upload.openNeedsMapping", { fileName: item.fileName }) : t("upload.openItem", { fileName: item.fileName, count: item.recordCount })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="flex flex-col gap-2 text-sm text-stone-700">
        <h2 className="text-lg font-semibold text-stone-900">{t("upload.formatsTitle")}</h2>
        <p>{t("upload.formats")}</p>
        <p>{t("upload.layoutsIntro")}</p>
        <ul className="list-disc pl-5" data-testid="known-layouts">
          {CSV_LAYOUTS.map((layout) => (
            <li key={layout.id}>{looseKeys(t).has(`layouts.${layout.id}`) ? looseKeys(t)(`layouts.${layout.id}`) : layout.label}</li>
          ))}
        </ul>
        <p>{t("upload.otherBanks")}</p>
      </section>
      <RecordsNav locale={locale} current="import" />
    </div>
  );
}
