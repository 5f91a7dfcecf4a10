"use client";
/**
 * Links to the same page in the other languages, keeping the query (a diagnosis result URL
 * carries its answers there). Plain links: switching works without JavaScript too.
 */
import { useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

const NAMES: Record<(typeof routing.locales)[number], string> = { en: "English", "zh-CN": "简体中文" };

export function LanguageSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const current = useLocale();
  const query = Object.fromEntries(search.entries());
  return (
    <nav aria-label={label} className="flex gap-2 text-sm" data-testid="language-switcher">
      {routing.locales.map((locale) =>
        locale === current ? (
          <span key={locale} aria-current="true" className="font-semibold">
            {NAMES[locale]}
          </span>
        ) : (
          <Link key={locale} href={{ pathname, query }} locale={locale} hrefLang={locale} lang={locale} className="underline">
            {NAMES[locale]}
          </Link>
        ),
      )}
    </nav>
  );
}
