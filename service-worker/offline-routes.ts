/**
 * Which precached page answers a navigation the network could not (service-worker/sw.ts), and
 * where the language switcher goes offline. Pure, so tests/offline/offline-routes.test.ts runs it
 * without a browser. See docs/offline.md.
 */
export const LOCALES = ["en", "zh-CN"] as const;
export type OfflineLocale = (typeof LOCALES)[number];

/** The precached shells: prerendered once per language, holding no one's data. */
export function guideShellPath(locale: OfflineLocale) {
  return `/${locale}/diagnose/offline`;
}
export function offlinePagePath(locale: OfflineLocale) {
  return `/${locale}/offline`;
}
export function slipShellPath(locale: OfflineLocale) {
  return `/${locale}/slips/offline`;
}
export const SHELL_PATHS = LOCALES.flatMap((locale) => [guideShellPath(locale), offlinePagePath(locale), slipShellPath(locale)]);

export function localeOfPath(pathname: string): OfflineLocale {
  const first = pathname.split("/")[1];
  return LOCALES.find((l) => l === first) ?? "en";
}

/** The guide's pages (any query): they run on the phone from the precached shell. */
export function isGuidePath(pathname: string): boolean {
  return /^\/(en|zh-CN)\/diagnose\/?$/.test(pathname);
}

/** Logging a slip: offline it goes to the phone's queue. */
export function isSlipCapturePath(pathname: string): boolean {
  return /^\/(en|zh-CN)\/slips\/(new|offline)\/?$/.test(pathname);
}

/** The precached page for a failed navigation: the guide's or the slip form's shell, else "this page needs the network". */
export function fallbackFor(url: URL): string {
  const locale = localeOfPath(url.pathname);
  if (isGuidePath(url.pathname)) return guideShellPath(locale);
  return isSlipCapturePath(url.pathname) ? slipShellPath(locale) : offlinePagePath(locale);
}

/**
 * GET /api/locale?to=… offline: the same page in the other language, as app/api/locale/route.ts
 * would answer (path and query of the referring page on this origin, never another origin).
 */
export function localeSwitchTarget(url: URL, referrer: string): string {
  const to = LOCALES.find((l) => l === url.searchParams.get("to")) ?? "en";
  try {
    const from = new URL(referrer);
    const rest = from.pathname.replace(/^\/(en|zh-CN)(?=\/|$)/, "");
    if (from.origin === url.origin && rest.startsWith("/") && !rest.startsWith("//")) return `/${to}${rest}${from.search}`;
  } catch {
    // no or malformed referrer: the start page in that language
  }
  return `/${to}`;
}
