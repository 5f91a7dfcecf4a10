import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { ErrorLabelsProvider } from "@/components/layout/error-labels";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: t("title"),
    description: t("description"),
    manifest: `/${locale}/manifest.webmanifest`,
    icons: { icon: [{ url: "/icons/favicon-32.png", sizes: "32x32", type: "image/png" }, { url: "/icons/icon.svg", type: "image/svg+xml" }], apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: "SlipTrack", statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  const te = await getTranslations({ locale, namespace: "errorPage" });
  // The raw "{digest}" placeholder is filled in by error.tsx, which knows the digest.
  const errorLabels = { title: te("title"), body: te("body"), retry: te("retry"), home: te("home"), reference: te.raw("reference") as string, homeHref: `/${locale}` };
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider: client components get their labels as props from the
            server, so neither i18n runtime nor message catalogue ships to the phone. */}
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto w-full max-w-2xl px-4 pb-16 pt-4">
          <ErrorLabelsProvider labels={errorLabels}>{children}</ErrorLabelsProvider>
        </main>
      </body>
    </html>
  );
}
