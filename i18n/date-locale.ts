/** The date locale of the current request (i18n/date-format.ts): the page language, the browser's English region. */
import "server-only";
import { headers } from "next/headers";
import { dateLocaleFor } from "./date-format";

export async function getDateLocale(locale: string): Promise<string> {
  // Outside a request (scripts, server-layer tests) there are no headers: the language's default.
  const acceptLanguage = await headers().then((h) => h.get("accept-language"), () => null);
  return dateLocaleFor(locale, acceptLanguage);
}
