/**
 * A link inside the current language (href without the locale: "/diagnose"). A plain <a>
 * rendered on the server: no router or i18n code ships for it and nothing is prefetched, which
 * matters to travellers paying for every roaming megabyte (a page is ~5 KB of HTML once the
 * shared scripts are cached). See the 150 KB budget in docs/diagnosis.md.
 */
import { getLocale } from "next-intl/server";

type Props = Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  href: string | { pathname: string; query?: Record<string, string> };
};

export function localeHref(locale: string, href: Props["href"]): string {
  const pathname = typeof href === "string" ? href : href.pathname;
  const query = typeof href === "string" ? "" : new URLSearchParams(href.query ?? {}).toString();
  const path = `/${locale}${pathname === "/" ? "" : pathname}`;
  return query ? `${path}${path.includes("?") ? "&" : "?"}${query}` : path;
}

export async function AppLink({ href, ...props }: Props) {
  const locale = await getLocale();
  return <a href={localeHref(locale, href)} {...props} />;
}
