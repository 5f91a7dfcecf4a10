import { titleFor } from "@/i18n/page-title";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/components/ui/locale-href";
import { routing, type Locale } from "@/i18n/routing";

/**
 * "This page needs the network": what the service worker shows for a page it cannot fetch
 * (anything but the guide). Prerendered per language and precached; holds no one's data.
 */
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateMetadata = titleFor("offline.pageTitle", { robots: { index: false } });

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function OfflinePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "offline" });
  return (
    <div className="flex flex-col gap-4 py-2" data-testid="needs-network">
      <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      <p className="text-base text-stone-700">{t("pageBody")}</p>
      <p className="text-sm text-stone-600">{t("pageKept")}</p>
      <p className="flex flex-wrap gap-3">
        <a href={localeHref(locale, "/diagnose")} className="rounded-md bg-brand-600 px-4 py-3 text-base font-semibold text-white" data-testid="offline-open-guide">
          {t("openGuide")}
        </a>
      </p>
    </div>
  );
}
