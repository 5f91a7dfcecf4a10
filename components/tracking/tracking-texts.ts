/** The translators and formatters every part of the tracking section uses, in the page's language. */
import "server-only";
import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/domain/money";
import { looseKeys } from "@/i18n/loose-keys";
import type { MatchView } from "@/server/tracking/tracking-queries";
import { formatCalendarDate, localizeParams } from "./tracking-format";

export async function trackingTexts(locale: string) {
  const t = await getTranslations({ locale, namespace: "payments.tracking" });
  // The tracking keys come from the domain (reasons, next steps, statuses): checked by the domain's tests.
  const tt = looseKeys(await getTranslations({ locale, namespace: "tracking" }));
  const text = (key: string, params?: Record<string, string | number>) => (tt.has(key) ? tt(key, localizeParams(params, locale)) : key);
  const date = (value: string) => formatCalendarDate(value, locale);
  const recordLine = (m: MatchView) =>
    t("recordLine", {
      role: looseKeys(t)(`role.${m.role}`),
      date: date(m.record.postingDate ?? m.record.transactionDate),
      amount: formatMoney(m.record.billedAmountMinor, m.record.billedCurrency, locale),
      merchant: m.record.merchant,
    });
  return { t, tt, text, date, recordLine };
}
