import "server-only";
import { getTranslations } from "next-intl/server";
import type { GuideText } from "./guide-text";

/** The guide's words for one language on the server (the offline guide builds the same from createTranslator). */
export async function getGuideText(locale: string): Promise<GuideText> {
  const t = await getTranslations({ locale, namespace: "diagnosis" });
  const tp = await getTranslations({ locale, namespace: "diagnosePage" });
  return { locale, t: (key, values) => t(key, values), tp: (key, values) => tp(key, values), exampleKeys: Object.keys(tp.raw("examples") as Record<string, string>) };
}
