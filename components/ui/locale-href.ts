/** "/diagnose" → "/en/diagnose" (plus a query). Pure, so both server and client components use it. */
export function localeHref(locale: string, href: string | { pathname: string; query?: Record<string, string> }): string {
  const pathname = typeof href === "string" ? href : href.pathname;
  const query = typeof href === "string" ? "" : new URLSearchParams(href.query ?? {}).toString();
  const path = `/${locale}${pathname === "/" ? "" : pathname}`;
  return query ? `${path}${path.includes("?") ? "&" : "?"}${query}` : path;
}
