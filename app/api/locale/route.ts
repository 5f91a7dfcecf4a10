import { routing } from "@/i18n/routing";

/**
 * GET /api/locale?to=zh-CN — the language switcher's target. It sends the reader back to the
 * page they came from (Referer; only its path and query, never another origin) in the chosen
 * language, so switching keeps a diagnosis result's answers and needs no JavaScript.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const to = routing.locales.find((l) => l === url.searchParams.get("to")) ?? routing.defaultLocale;
  let target = `/${to}`;
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const from = new URL(referer);
      const rest = from.pathname.replace(/^\/(en|zh-CN)(?=\/|$)/, "");
      if (from.host === request.headers.get("host") && rest.startsWith("/") && !rest.startsWith("//")) target = `/${to}${rest}${from.search}`;
    } catch {
      // a malformed Referer just means: go to the start page in that language
    }
  }
  const headers = new Headers({ Location: target, "Cache-Control": "no-store" });
  // Remember the choice the way next-intl's proxy does, so "/" opens in this language next time.
  headers.append("Set-Cookie", `NEXT_LOCALE=${to}; Path=/; Max-Age=31536000; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}
