import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import type { GuideText } from "./guide-text";
import { looseKeys } from "@/i18n/loose-keys";

/** The guide's words for one language on the server (the offline guide builds the same from createTranslator). */
export async function getGuideText(locale: string): Promise<GuideText> {
  // Question, option and cause keys come from the domain; domain/diagnosis/messages.test.ts checks them.
  const t = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  const tp = looseKeys(await getTranslations({ locale, namespace: "diagnosePage" }));
  const { diagnosePage } = await getMessages({ locale });
  return { locale, t: (key, values) => t(key, values), tp: (key, values) => tp(key, values), exampleKeys: Object.keys(diagnosePage.examples) };
}
