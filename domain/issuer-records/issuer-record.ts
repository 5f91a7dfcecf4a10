/**
 * The one normalised record every issuer source ends as — a statement row, a pasted bank alert
 * or (later) an issuer feed event — so that matching compares slips with a single shape.
 * Sign convention, which must stay true everywhere: `billedAmountMinor` is POSITIVE when money
 * leaves the traveller's account (purchase, authorisation hold, fee, cash) and NEGATIVE for
 * credits (refund, reversal, a payment onto a card account). Dates are the calendar date the
 * issuer printed, in the issuer's zone: never converted through UTC. See docs/importers.md.
 */
import { z } from "zod";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { currencyExponent } from "@/domain/money";

export const RECORD_SOURCES = ["statement", "sms", "feed"] as const;
export const RECORD_KINDS = ["authorisation", "purchase", "reversal", "refund", "fee", "payment", "other"] as const;
export const RECORD_STATES = ["pending", "posted"] as const;

export type RecordSource = (typeof RECORD_SOURCES)[number];
export type RecordKind = (typeof RECORD_KINDS)[number];
export type RecordState = (typeof RECORD_STATES)[number];

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Free text from a bank file: bounded, and never a full card number (the importers redact first). */
const text = (max: number) =>
  z.string().max(max).refine((value) => !containsCardNumber(value), { message: "cardNumber" });

const currency = z.string().refine((code) => currencyExponent(code) !== null && code === code.toUpperCase(), {
  message: "currency",
});

const minor = z.number().int().refine(Number.isSafeInteger, { message: "safeInteger" });

export const issuerReferencesSchema = z.object({
  authCode: text(20).optional(),
  rrn: text(40).optional(),
  arn: text(40).optional(),
  issuerTransactionId: text(120).optional(),
  fitId: text(255).optional(),
  /** Line of the source file (1-based) or position of the alert in the paste: for showing, never for identity. */
  row: z.number().int().nonnegative().optional(),
});

export const issuerRecordSchema = z.object({
  source: z.enum(RECORD_SOURCES),
  kind: z.enum(RECORD_KINDS),
  state: z.enum(RECORD_STATES),
  transactionDate: z.string().regex(DATE),
  transactionTime: z.string().regex(TIME).optional(),
  postingDate: z.string().regex(DATE).optional(),
  billedAmountMinor: minor,
  billedCurrency: currency,
  originalAmountMinor: minor.optional(),
  originalCurrency: currency.optional(),
  fxRate: z.string().regex(/^\d+(\.\d+)?$/).optional(),
  merchant: text(500),
  city: text(120).optional(),
  country: text(60).optional(),
  cardLast4: z.string().regex(/^\d{4}$/).optional(),
  references: issuerReferencesSchema,
  fingerprint: z.string().min(1),
});

export type IssuerReferences = z.infer<typeof issuerReferencesSchema>;
export type IssuerRecord = z.infer<typeof issuerRecordSchema>;
/** A record as a parser builds it, before `assignFingerprints` adds the identity. */
export type UnfingerprintedRecord = Omit<IssuerRecord, "fingerprint">;
