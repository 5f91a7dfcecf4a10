/**
 * The events an issuer (or a fintech) pushes into a traveller's feed, and the issuer record each
 * becomes. The payload follows Standard Webhooks' shape `{ type, timestamp, data }`; amounts are
 * positive integers of minor units with their ISO 4217 code, the sign of the record comes from
 * the type (money out for an authorisation or a clearing, money in for a reversal, an expired
 * hold or a refund). `occurred_at` carries the local time of the payment with its UTC offset: the
 * record keeps that wall-clock date and time — never converted through UTC. Only the card's last
 * 4 digits may be sent: a payload holding a full card number anywhere is refused, not stored.
 * See docs/issuer-feed.md.
 */
import { z } from "zod";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { assignFingerprints, type IssuerRecord, type RecordKind, type RecordState, type UnfingerprintedRecord } from "@/domain/issuer-records";
import { currencyExponent, MAX_MINOR_UNITS } from "@/domain/money";

export const FEED_EVENT_TYPES = ["authorisation", "authorisation.reversed", "authorisation.expired", "clearing", "refund"] as const;
export type FeedEventType = (typeof FEED_EVENT_TYPES)[number];

/** What each event type means on the payment path (PRODUCT.md §1). */
const EVENT_MEANING: Record<FeedEventType, { kind: RecordKind; state: RecordState; sign: 1 | -1 }> = {
  authorisation: { kind: "authorisation", state: "pending", sign: 1 },
  "authorisation.reversed": { kind: "reversal", state: "posted", sign: -1 },
  "authorisation.expired": { kind: "reversal", state: "posted", sign: -1 },
  clearing: { kind: "purchase", state: "posted", sign: 1 },
  refund: { kind: "refund", state: "posted", sign: -1 },
};

const LOCAL_TIME = /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const currency = z.string().refine((code) => code === code.toUpperCase() && currencyExponent(code) !== null, { message: "feeds.errors.currency" });
const amount = z.number().int().positive().max(MAX_MINOR_UNITS, { message: "feeds.errors.amount" });
const text = (max: number) => z.string().trim().min(1).max(max);

export const feedEventSchema = z.object({
  type: z.enum(FEED_EVENT_TYPES, { message: "feeds.errors.type" }),
  timestamp: z.string().max(40).optional(),
  data: z
    .object({
      transaction_id: text(120),
      card_last4: z.string().regex(/^\d{4}$/, { message: "feeds.errors.cardLast4" }),
      amount_minor: amount,
      currency,
      billed_amount_minor: amount.optional(),
      billed_currency: currency.optional(),
      fx_rate: z.string().regex(/^\d{1,12}(\.\d{1,12})?$/).optional(),
      merchant: z.object({ name: z.string().trim().max(200), city: text(120).optional(), country: z.string().regex(/^[A-Z]{2}$/).optional() }),
      auth_code: text(20).optional(),
      rrn: text(40).optional(),
      arn: text(40).optional(),
      occurred_at: z.string().regex(LOCAL_TIME, { message: "feeds.errors.occurredAt" }),
      posted_on: z.string().regex(DATE).optional(),
    })
    .refine((d) => (d.billed_amount_minor === undefined) === (d.billed_currency === undefined), {
      message: "feeds.errors.billedPair",
      path: ["billed_amount_minor"],
    }),
});

export type FeedEvent = z.infer<typeof feedEventSchema>;

/** JSON paths ("data.merchant.name") of every string — or integer — holding a full card number. */
export function findCardNumberPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return containsCardNumber(value) ? [path.join(".") || "_form"] : [];
  if (typeof value === "number") return Number.isInteger(value) && containsCardNumber(String(value)) ? [path.join(".") || "_form"] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => findCardNumberPaths(item, [...path, String(i)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(containsCardNumber(key) ? [[...path, "(key)"].join(".")] : []),
      ...findCardNumberPaths(item, [...path, key]),
    ]);
  }
  return [];
}

export type ReadFeedEventResult =
  | { ok: true; event: FeedEvent; record: IssuerRecord }
  | { ok: false; fieldErrors: Record<string, string[]> };

/** The issuer record an event stands for (source "feed"), fingerprinted like every other record. */
export function feedEventToRecord(event: FeedEvent): IssuerRecord {
  const { data } = event;
  const meaning = EVENT_MEANING[event.type];
  const [, date = "", hour = "", minute = ""] = LOCAL_TIME.exec(data.occurred_at) ?? [];
  const isConverted = data.billed_amount_minor !== undefined && data.billed_currency !== undefined && data.billed_currency !== data.currency;
  const record: UnfingerprintedRecord = {
    source: "feed",
    kind: meaning.kind,
    state: meaning.state,
    transactionDate: date,
    transactionTime: `${hour}:${minute}`,
    billedAmountMinor: meaning.sign * (isConverted ? (data.billed_amount_minor ?? 0) : data.amount_minor),
    billedCurrency: isConverted ? (data.billed_currency ?? data.currency) : data.currency,
    merchant: data.merchant.name,
    cardLast4: data.card_last4,
    references: { issuerTransactionId: data.transaction_id, authCode: data.auth_code, rrn: data.rrn, arn: data.arn },
  };
  if (isConverted) {
    record.originalAmountMinor = meaning.sign * data.amount_minor;
    record.originalCurrency = data.currency;
    if (data.fx_rate) record.fxRate = data.fx_rate;
  }
  if (data.posted_on) record.postingDate = data.posted_on;
  if (data.merchant.city) record.city = data.merchant.city;
  if (data.merchant.country) record.country = data.merchant.country;
  for (const key of ["authCode", "rrn", "arn"] as const) if (record.references[key] === undefined) delete record.references[key];
  return assignFingerprints([record])[0] as IssuerRecord;
}

/**
 * A parsed JSON body → the event and its record, or field errors with message keys. A full card
 * number anywhere — in a field we read or one we would ignore — refuses the whole event.
 */
export function readFeedEvent(body: unknown): ReadFeedEventResult {
  const cardPaths = findCardNumberPaths(body);
  if (cardPaths.length > 0) return { ok: false, fieldErrors: Object.fromEntries(cardPaths.map((p) => [p, ["feeds.errors.cardNumber"]])) };
  const parsed = feedEventSchema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
    return { ok: false, fieldErrors };
  }
  return { ok: true, event: parsed.data, record: feedEventToRecord(parsed.data) };
}
