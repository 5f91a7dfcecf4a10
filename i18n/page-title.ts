/**
 * One `<title>` per page: the page's own heading from messages, then the product's name
 * ("Your slips · SlipTrack"). Pages export `generateMetadata = titleFor("slips.list.title")`.
 */
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "./routing";

/** Any message key of the catalogue (typed through AppConfig: a missing key fails `tsc`). */
type MessageKey = Parameters<Awaited<ReturnType<typeof getTranslations<never>>>>[0];

export async function pageTitle(locale: string, key: MessageKey): Promise<string> {
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale });
  return t("meta.pageTitle", { page: t(key) });
}

export function titleFor(key: MessageKey, extra: Metadata = {}) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    return { ...extra, title: await pageTitle(locale, key) };
  };
}
