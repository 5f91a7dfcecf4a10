import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppLink as Link } from "@/components/ui/app-link";
import type { Locale } from "@/i18n/routing";
import { formatMoney } from "@/domain/money";
import { requireUserForPage } from "@/server/session";
import { listSlipsForUser } from "@/server/slips/slip-queries";
import { readCursor } from "@/server/http/keyset";
import { countryName } from "@/server/slips/form-options";
import { formatWallClock } from "@/components/slips/slip-format";
import { StatusBadge } from "@/components/tracking/status-badge";
import { looseKeys } from "@/i18n/loose-keys";
import { getDateLocale } from "@/i18n/date-locale";
import { statusMessageKey } from "@/domain/status";

export const generateMetadata = titleFor("slips.list.title");

export default async function SlipsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string; after?: string }> }) {
  const locale = (await params).locale as Locale;
  const search = await searchParams;
  setRequestLocale(locale);
  const user = await requireUserForPage(locale, `/${locale}/slips`);
  const { items: slips, nextCursor } = await listSlipsForUser(user.id, { cursor: readCursor(search.after) });
  const t = await getTranslations({ locale, namespace: "slips" });
  // Status keys come from domain/status (statusMessageKey); its message tests check them.
  const tt = looseKeys(await getTranslations({ locale, namespace: "tracking" }));
  const tp = await getTranslations({ locale, namespace: "payments" });
  const dateLocale = await getDateLocale(locale);
  return (
    <div className="flex flex-col gap-5 py-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("list.title")}</h1>
        <Link href="/slips/new" className="rounded-md bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700" data-testid="new-slip">
          {t("list.logNew")}
        </Link>
      </div>
      {search.deleted ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="slip-deleted">
          {t("list.deleted")}
        </p>
      ) : null}
      {slips.length === 0 ? (
        <p className="text-stone-700" data-testid="slips-empty">
          {t("list.empty")}
        </p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="slip-list">
          {slips.map((slip) => (
            <li key={slip.id}>
              <Link href={`/slips/${slip.id}`} className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-600" data-testid="slip-list-item">
                <span className="flex items-baseline justify-between gap-3">
                  <span className="font-semibold">{slip.merchantName}</span>
                  <span className="whitespace-nowrap font-semibold tabular-nums">{formatMoney(slip.amountMinor, slip.currency, locale)}</span>
                </span>
                <span className="mt-1 block text-sm text-stone-600">
                  {formatWallClock(slip.localDateTime, dateLocale)} · {slip.city ? t("detail.place", { city: slip.city, country: countryName(slip.country, locale) }) : countryName(slip.country, locale)} ·{" "}
                  {t("list.photoCount", { count: slip.photoCount })}
                </span>
                <span className="mt-2 block">
                  <span className="sr-only">{tp("tracking.statusLabel")} </span>
                  <StatusBadge status={slip.status} label={tt(statusMessageKey(slip.status, slip.statusIsProbable))} testId="slip-list-status" />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {nextCursor || search.after ? (
        <nav className="flex flex-wrap justify-between gap-3 text-sm" aria-label={t("list.pages")}>
          {search.after ? <Link href="/slips" className="underline" data-testid="slips-newest">{t("list.newest")}</Link> : <span />}
          {nextCursor ? <Link href={`/slips?after=${encodeURIComponent(nextCursor)}`} className="underline" data-testid="slips-older">{t("list.older")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
