import { titleFor } from "@/i18n/page-title";
import { getMessages, setRequestLocale } from "next-intl/server";
import { OfflineSlipCapture } from "@/components/offline/offline-slip-capture";
import type { QueueLabels } from "@/components/offline/queue-labels";
import { routing, type Locale } from "@/i18n/routing";
import { loadStaticSlipFormProps } from "@/server/slips/slip-form-props";

/**
 * The offline slip form's shell, one per language, prerendered and precached: the service worker
 * shows it for /{locale}/slips/new when the network does not answer (docs/offline.md). Rendered
 * for nobody: no saved diagnoses, no account data.
 */
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateMetadata = titleFor("offlineSlips.title", { robots: { index: false } });

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function OfflineSlipPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { labels, options } = await loadStaticSlipFormProps(locale);
  const queueLabels: QueueLabels = (await getMessages({ locale })).offlineSlips;
  return <OfflineSlipCapture locale={locale} labels={labels} options={options} queueLabels={queueLabels} />;
}
