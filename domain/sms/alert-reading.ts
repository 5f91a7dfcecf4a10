/**
 * What a language-specific alert reader extracts from one message, before it becomes an
 * IssuerRecord: the transaction kind and state, the amounts, merchant or channel, card tail and
 * date parts. Alerts never carry references (no RRN, no auth code), so identity rests on date,
 * time, amount, merchant and card. See docs/importers.md.
 */
import type { RecordKind, RecordState } from "@/domain/issuer-records";
import type { AlertDateParts } from "./alert-date";
import type { AmountHit } from "./alert-amount";

export type AlertReading = {
  kind: RecordKind;
  state: RecordState;
  /** True when money came in (refund, reversal, payment, deposit): the billed amount is negative. */
  isCredit: boolean;
  amount: AmountHit;
  billed?: AmountHit;
  merchant: string;
  cardLast4?: string;
  date: AlertDateParts | null;
};

export type AlertFailure = "alerts.noAmount" | "alerts.unrecognised";

/** Kind rules shared by the readers: first matching rule wins, so specific words come first. */
export type KindRule = { pattern: RegExp; kind: RecordKind; state: RecordState; isCredit: boolean };

export function findKind(text: string, rules: readonly KindRule[]): KindRule | undefined {
  return rules.find((rule) => rule.pattern.test(text));
}

/** Trims what banks put around a merchant name: quotes, brackets, trailing punctuation, emoji. */
export function cleanMerchant(text: string | undefined): string {
  return (text ?? "")
    .replace(/\p{Extended_Pictographic}/gu, "")
    .replace(/^[\s"'“”‘’「」(（]+|[\s"'“”‘’「」)）.,，。:：]+$/g, "")
    .slice(0, 200)
    .trim();
}
