/** The records list's filter as it arrives in a URL (page or API), checked: anything odd is ignored, never an error. */
import "server-only";
import { isCurrencyCode } from "@/domain/money";
import type { RecordFilter } from "@/server/records/record-queries";

const positive = (value: string | undefined) => {
  const number = Number.parseInt(value ?? "", 10);
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
};

export function readRecordFilter(search: Record<string, string | string[] | undefined>): RecordFilter {
  const one = (name: string) => {
    const value = search[name];
    return typeof value === "string" ? value : undefined;
  };
  const card = one("card");
  const currency = one("currency")?.toUpperCase();
  return {
    card: card && /^\d{4}$/.test(card) ? card : undefined,
    currency: currency && isCurrencyCode(currency) ? currency : undefined,
    page: positive(one("page")),
    pageSize: positive(one("pageSize")),
  };
}
