/**
 * The slip rules that need two fields at once: an amount means nothing without its currency,
 * a local time nothing without its zone, a DCC home amount needs a home currency that differs
 * from the slip's, and "paid instead" needs a method, an amount and — for another card — its
 * last 4. They read the raw form on their own (each field through its own schema), so they can
 * report even when unrelated fields are wrong. See docs/card-data.md and docs/money.md.
 */
import { parseAmount, type ParseAmountFailure } from "../money/parse-amount";
import { accept, refuse, type FieldResult } from "./slip-field-kit";
import type { SlipErrorKey } from "./slip-error-keys";
import * as fields from "./slip-fields";
import { isLocalDateTimeInFuture, localDateTimeSchema, timeZoneSchema } from "./slip-time";

export type CrossFieldIssue = { field: string; message: SlipErrorKey };
export type CrossFieldValues = {
  amountMinor: number;
  dccHomeAmountMinor: number | undefined;
  dccHomeCurrency: string | undefined;
  paidInsteadCardLast4: string | undefined;
  paidInsteadAmountMinor: number | undefined;
  paidInsteadCurrency: string | undefined;
};

const AMOUNT_ERRORS: Record<ParseAmountFailure, SlipErrorKey> = {
  empty: "errors.required",
  invalid: "errors.amountInvalid",
  tooManyDecimals: "errors.amountTooManyDecimals",
  negative: "errors.amountNegative",
  tooLarge: "errors.amountTooLarge",
  unknownCurrency: "errors.currencyUnknown",
};

/** Minor units of a payment; a zero payment cannot be on a slip. */
function readMinor(text: string, currency: string, locale: string | undefined): FieldResult<number> {
  const result = parseAmount(text, currency, { locale });
  if (!result.ok) return refuse(AMOUNT_ERRORS[result.reason]);
  return result.minor === 0 ? refuse("errors.amountZero") : accept(result.minor);
}

/** A field's value, or `failed` when its own schema refused it (that error is reported elsewhere). */
type Read<T> = { failed: true } | { failed: false; value: T };
function read<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } }, input: unknown): Read<T> {
  const result = schema.safeParse(input);
  return result.success ? { failed: false, value: result.data } : { failed: true };
}
function valueOf<T>(result: Read<T>): T | undefined {
  return result.failed ? undefined : result.value;
}

export function readSlipCrossFields(
  raw: Readonly<Record<string, unknown>>,
  { now, locale }: { now: Date; locale?: string },
): { issues: CrossFieldIssue[]; values: CrossFieldValues | null } {
  const issues: CrossFieldIssue[] = [];
  const currency = valueOf(read(fields.currencySchema, raw.currency));
  const amountText = valueOf(read(fields.amountTextSchema, raw.amount));
  let amountMinor: number | undefined;
  if (currency && amountText) {
    const amount = readMinor(amountText, currency, locale);
    if (amount.ok) amountMinor = amount.value;
    else issues.push({ field: "amount", message: amount.error });
  }

  const localDateTime = valueOf(read(localDateTimeSchema, raw.localDateTime));
  const timeZone = valueOf(read(timeZoneSchema, raw.timeZone)) ?? null;
  if (localDateTime && isLocalDateTimeInFuture(localDateTime, timeZone, now)) {
    issues.push({ field: "localDateTime", message: "errors.dateTimeFuture" });
  }

  // DCC: a home currency without a home amount is dropped, so a preselected currency select is harmless.
  let dccHomeAmountMinor: number | undefined;
  let dccHomeCurrency: string | undefined;
  const dccText = read(fields.optionalAmountTextSchema, raw.dccHomeAmount);
  const dccCurrency = read(fields.optionalCurrencySchema, raw.dccHomeCurrency);
  if (!dccText.failed && dccText.value !== undefined && !dccCurrency.failed) {
    if (dccCurrency.value === undefined) issues.push({ field: "dccHomeCurrency", message: "errors.dccCurrencyRequired" });
    else if (dccCurrency.value === currency) issues.push({ field: "dccHomeCurrency", message: "errors.dccSameCurrency" });
    else {
      const home = readMinor(dccText.value, dccCurrency.value, locale);
      if (home.ok) [dccHomeAmountMinor, dccHomeCurrency] = [home.value, dccCurrency.value];
      else issues.push({ field: "dccHomeAmount", message: home.error });
    }
  }

  // Paid instead: the evidence for "paid by other means"; the currency defaults to the slip's.
  let paidInsteadCardLast4: string | undefined;
  let paidInsteadAmountMinor: number | undefined;
  let paidInsteadCurrency: string | undefined;
  const method = read(fields.paidInsteadMethodSchema, raw.paidInsteadMethod);
  const paidText = read(fields.optionalAmountTextSchema, raw.paidInsteadAmount);
  const paidCurrency = read(fields.optionalCurrencySchema, raw.paidInsteadCurrency);
  const otherLast4 = read(fields.optionalCardLast4Schema, raw.paidInsteadCardLast4);
  if (!method.failed && method.value === undefined && valueOf(paidText) !== undefined) {
    issues.push({ field: "paidInsteadMethod", message: "errors.required" });
  }
  if (!method.failed && method.value !== undefined) {
    // The other card's last 4 help match its charge, but a traveller who paid with a friend's
    // card or does not remember may leave them out; given, they are still checked (4 digits).
    if (method.value === "otherCard" && !otherLast4.failed) paidInsteadCardLast4 = otherLast4.value;
    if (!paidText.failed && paidText.value === undefined) {
      issues.push({ field: "paidInsteadAmount", message: "errors.paidInsteadAmountRequired" });
    }
    const payCurrency = paidCurrency.failed ? undefined : (paidCurrency.value ?? currency);
    if (!paidText.failed && paidText.value !== undefined && payCurrency) {
      const paid = readMinor(paidText.value, payCurrency, locale);
      if (paid.ok) [paidInsteadAmountMinor, paidInsteadCurrency] = [paid.value, payCurrency];
      else issues.push({ field: "paidInsteadAmount", message: paid.error });
    }
  }

  const values = issues.length === 0 && amountMinor !== undefined
    ? { amountMinor, dccHomeAmountMinor, dccHomeCurrency, paidInsteadCardLast4, paidInsteadAmountMinor, paidInsteadCurrency }
    : null;
  return { issues, values };
}
