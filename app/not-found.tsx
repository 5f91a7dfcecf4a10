import { cookies, headers } from "next/headers";
import { routing, type Locale } from "@/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { NotFoundBody } from "@/components/layout/not-found-body";
import "./globals.css";

/** Outside any locale path: the language the visitor chose (next-intl's cookie), else the browser's. */
async function visitorLocale(): Promise<Locale> {
  const chosen = (await cookies()).get("NEXT_LOCALE")?.value;
  const known = routing.locales.find((l) => l === chosen);
  if (known) return known;
  return /^\s*zh/i.test((await headers()).get("accept-language") ?? "") ? "zh-CN" : routing.defaultLocale;
}

// Requests outside any locale (e.g. /nothing-here.txt) end here; locale pages use [locale]/not-found.
export default async function GlobalNotFound() {
  const locale = await visitorLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-stone-50 font-sans text-stone-900 antialiased">
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto w-full max-w-2xl px-4 pb-16 pt-4">
          <NotFoundBody locale={locale} />
        </main>
      </body>
    </html>
  );
}
