import { titleFor } from "@/i18n/page-title";
import { setRequestLocale } from "next-intl/server";
import { OfflineGuide } from "@/components/diagnosis/offline-guide";
import { routing, type Locale } from "@/i18n/routing";
import { loadMessages } from "@/i18n/messages";

/**
 * The offline guide's shell, one per language, prerendered at build time and precached by the
 * service worker (docs/offline.md). Static on purpose: rendered for nobody, it holds no one's
 * session or data, so the copy on a phone says nothing about who used it.
 */
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateMetadata = titleFor("diagnosePage.title", { robots: { index: false } });

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function OfflineGuidePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const messages = await loadMessages(locale);
  return <OfflineGuide locale={locale} messages={{ diagnosis: messages.diagnosis, diagnosePage: messages.diagnosePage }} />;
}
