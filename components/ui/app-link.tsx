/**
 * A link inside the current language (href without the locale: "/diagnose"). A plain <a>
 * rendered on the server: no router or i18n code ships for it and nothing is prefetched, which
 * matters to travellers paying for every roaming megabyte (a page is ~5 KB of HTML once the
 * shared scripts are cached). See the 150 KB budget in docs/diagnosis.md.
 */
import { getLocale } from "next-intl/server";
import { localeHref } from "./locale-href";

export { localeHref };

type Props = Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  href: string | { pathname: string; query?: Record<string, string> };
};

export async function AppLink({ href, ...props }: Props) {
  const locale = await getLocale();
  return <a href={localeHref(locale, href)} {...props} />;
}
