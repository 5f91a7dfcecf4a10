/**
 * The JSON API's answers. Every response is private and never cached; every failure has the
 * shape { error: { code, message, fieldErrors? } } with the message in the caller's language
 * (?locale=, else Accept-Language, else English). As in server actions, only AppErrors say
 * what went wrong; anything else is logged with a correlation id and answered with
 * errors.unexpected. Another user's data is always a plain 404 (AppError "notFound").
 */
import "server-only";
import { routing, type Locale } from "@/i18n/routing";
import { HTTP_STATUS } from "@/server/errors";
import { describeFailure } from "@/server/http/action-result";

export const PRIVATE_NO_STORE = "private, no-store";

function matchLocale(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase();
  if (lower.startsWith("zh")) return "zh-CN";
  if (lower.startsWith("en")) return "en";
  return null;
}

/** ?locale=… wins, then Accept-Language in quality order, then the default language. */
export function readApiLocale(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get("locale");
  const exact = routing.locales.find((l) => l === fromQuery);
  if (exact) return exact;
  const ranked = (request.headers.get("accept-language") ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { tag, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const locale = matchLocale(entry.tag);
    if (locale) return locale;
  }
  return routing.defaultLocale;
}

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": PRIVATE_NO_STORE } });
}

export async function apiFailure(error: unknown, locale: Locale): Promise<Response> {
  const { code, message, fieldErrors } = await describeFailure(error, locale, "api request");
  return jsonResponse({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, code === "unexpected" ? 500 : HTTP_STATUS[code]);
}

/** Runs a handler body, turning any failure into the API's error answer. */
export async function handleApi(request: Request, body: (locale: Locale) => Promise<Response>): Promise<Response> {
  const locale = readApiLocale(request);
  try {
    return await body(locale);
  } catch (error) {
    return apiFailure(error, locale);
  }
}
