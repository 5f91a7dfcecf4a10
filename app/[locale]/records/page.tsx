import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import { RecordList } from "@/components/records/record-list";
import { RecordsNav } from "@/components/records/records-nav";
import type { Locale } from "@/i18n/routing";
import { requireUserForPage } from "@/server/session";
import { listIssuerRecords, listRecordFilterOptions } from "@/server/records/record-queries";
import { readRecordFilter } from "@/server/records/record-filter";
import { makeRecordPresenter } from "@/server/records/present-record";

export const generateMetadata = titleFor("issuerRecords.list.title");

type Search = Record<string, string | string[] | undefined>;

export default async function RecordsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/records`);
  const filter = readRecordFilter(await searchParams);
  const [page, options, present, t] = await Promise.all([
    listIssuerRecords(user.id, filter),
    listRecordFilterOptions(user.id),
    makeRecordPresenter(locale),
    getTranslations({ locale, namespace: "issuerRecords" }),
  ]);
  const query = (pageNumber: number) => ({
    pathname: "/records",
    query: Object.fromEntries(Object.entries({ card: filter.card, currency: filter.currency, page: String(pageNumber) }).filter((e): e is [string, string] => Boolean(e[1]))),
  });
  const isFiltered = Boolean(filter.card || filter.currency);
  return (
    <div className="flex flex-col gap-5 py-4">
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      <p className="text-stone-700">{t("list.intro")}</p>
      <RecordsNav locale={locale} current="list" />
      {options.cards.length + options.currencies.length > 0 ? (
        <form method="get" className="flex flex-wrap items-end gap-3" data-testid="record-filters">
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("list.card")}
            <select name="card" defaultValue={filter.card ?? ""} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base">
              <option value="">{t("list.any")}</option>
              {options.cards.map((card) => (
                <option key={card} value={card}>
                  •••• {card}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("list.currency")}
            <select name="currency" defaultValue={filter.currency ?? ""} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base">
              <option value="">{t("list.any")}</option>
              {options.currencies.map((currency) => (
                <option key={currency} value={currency}>
                  {currency}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium">
            {t("list.apply")}
          </button>
        </form>
      ) : null}
      {page.records.length === 0 ? (
        <p className="text-stone-700" data-testid="records-empty">
          {isFiltered || page.page > 1 ? t("list.noneMatch") : t("list.empty")}
        </p>
      ) : (
        <RecordList
          items={page.records.map((record) => ({
            ...present(record),
            key: record.id,
            badge: record.postedAsId ? t("list.postedLater") : record.linkedPendingId ? t("list.settlesHold") : null,
          }))}
        />
      )}
      {page.page > 1 || page.hasMore ? (
        <nav className="flex items-center justify-between gap-3 text-sm" aria-label={t("list.pages")}>
          {page.page > 1 ? <Link href={query(page.page - 1)} className="underline">{t("list.newer")}</Link> : <span />}
          <span className="text-stone-600">{t("list.pageNumber", { page: page.page })}</span>
          {page.hasMore ? <Link href={query(page.page + 1)} className="underline" data-testid="records-older">{t("list.older")}</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
