/**
 * One issuer record as a line of text for people, in their language: merchant (or "no merchant
 * named"), money with formatMoney (a credit shows as "+"), the issuer's date and time as printed,
 * kind, state and card. Shared by the records list, the import preview and the alerts result.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/domain/money";
import type { Locale } from "@/i18n/routing";
import type { RecordView } from "./record-rows";

export type RecordLine = {
  merchant: string;
  amount: string;
  isCredit: boolean;
  original: string | null;
  when: string;
  kind: string;
  state: string;
  source: string;
  card: string | null;
};

/** Money out as the bank shows it; money in with a "+", so a refund never reads as a charge. */
function signedMoney(minor: number, currency: string, locale: Locale): string {
  return minor < 0 ? `+${formatMoney(-minor, currency, locale)}` : formatMoney(minor, currency, locale);
}

export async function makeRecordPresenter(locale: Locale): Promise<(record: RecordView) => RecordLine> {
  const t = await getTranslations({ locale, namespace: "issuerRecords" });
  return (record) => ({
    merchant: record.merchant || t("noMerchant"),
    amount: signedMoney(record.billedAmountMinor, record.billedCurrency, locale),
    isCredit: record.billedAmountMinor < 0,
    original: record.originalAmountMinor !== null && record.originalCurrency
      ? signedMoney(record.originalAmountMinor, record.originalCurrency, locale)
      : null,
    when: record.transactionTime ? `${record.transactionDate} ${record.transactionTime}` : record.transactionDate,
    kind: t(`kinds.${record.kind}`),
    state: t(`states.${record.state}`),
    source: t(`sources.${record.source}`),
    card: record.cardLast4 ? t("card", { last4: record.cardLast4 }) : null,
  });
}
