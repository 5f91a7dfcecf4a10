/**
 * Database rows → the narrow shapes matching and status read (docs/matching.md "In the app").
 * Amounts leave BigInt here through toSafeNumber; nullable columns stay null (the domain
 * accepts null or absent).
 */
import "server-only";
import type { MatchRecord, MatchSlip } from "@/domain/matching";
import type { PaidInstead, StatusSlip } from "@/domain/status";
import type { RecordKind, RecordSource, RecordState } from "@/domain/issuer-records";
import { PAID_INSTEAD_METHODS } from "@/domain/slips/slip-fields";
import { optionalSafeNumber, toSafeNumber } from "@/server/stored-amounts";

export const TRACKING_SLIP_SELECT = {
  id: true, merchantName: true, city: true, country: true, localDateTime: true, amountMinor: true, currency: true, cardLast4: true,
  approvalCode: true, rrn: true, dccHomeAmountMinor: true, dccHomeCurrency: true, offlineWording: true, responseCode: true, aid: true,
  applicationLabel: true, paidInsteadMethod: true, paidInsteadAmountMinor: true, paidInsteadCurrency: true,
} as const;

export const TRACKING_RECORD_SELECT = {
  id: true, source: true, kind: true, state: true, transactionDate: true, transactionTime: true, postingDate: true,
  billedAmountMinor: true, billedCurrency: true, originalAmountMinor: true, originalCurrency: true, fxRate: true, merchant: true,
  city: true, country: true, cardLast4: true, authCode: true, rrn: true, arn: true, issuerTransactionId: true, fitId: true,
  fileRow: true, fingerprint: true,
} as const;

type Nullable<T> = { [K in keyof T]: T[K] | null };

export type TrackingSlipRow = {
  id: string; merchantName: string; city: string | null; country: string; localDateTime: string; amountMinor: bigint; currency: string;
  cardLast4: string; approvalCode: string | null; rrn: string | null; dccHomeAmountMinor: bigint | null; dccHomeCurrency: string | null;
  offlineWording: string | null; responseCode: string | null; aid: string | null; applicationLabel: string | null;
  paidInsteadMethod: string | null; paidInsteadAmountMinor: bigint | null; paidInsteadCurrency: string | null;
};

export type TrackingRecordRow = {
  id: string; source: string; kind: string; state: string; transactionDate: string; billedAmountMinor: bigint; billedCurrency: string;
  merchant: string; fingerprint: string; originalAmountMinor: bigint | null;
} & Nullable<{
  transactionTime: string; postingDate: string; originalCurrency: string; fxRate: string; city: string; country: string;
  cardLast4: string; authCode: string; rrn: string; arn: string; issuerTransactionId: string; fitId: string; fileRow: number;
}>;


/** Absent rather than null: IssuerRecord's optional fields are `?: T`, not nullable. */
const opt = <K extends string, V>(key: K, value: V | null): { [P in K]?: V } => (value === null ? {} : ({ [key]: value } as { [P in K]?: V }));

export function toMatchSlip(row: TrackingSlipRow): MatchSlip & StatusSlip {
  return {
    id: row.id, merchantName: row.merchantName, city: row.city, country: row.country, localDateTime: row.localDateTime,
    amountMinor: toSafeNumber(row.amountMinor), currency: row.currency, cardLast4: row.cardLast4, approvalCode: row.approvalCode,
    rrn: row.rrn, dccHomeAmountMinor: optionalSafeNumber(row.dccHomeAmountMinor), dccHomeCurrency: row.dccHomeCurrency,
    offlineWording: row.offlineWording, responseCode: row.responseCode, aid: row.aid, applicationLabel: row.applicationLabel,
  };
}

export function toPaidInstead(row: TrackingSlipRow): PaidInstead {
  const method = PAID_INSTEAD_METHODS.find((m) => m === row.paidInsteadMethod);
  if (!method) return null;
  return { method, amountMinor: optionalSafeNumber(row.paidInsteadAmountMinor), currency: row.paidInsteadCurrency };
}

export function toMatchRecord(row: TrackingRecordRow): MatchRecord {
  return {
    id: row.id,
    source: row.source as RecordSource,
    kind: row.kind as RecordKind,
    state: row.state as RecordState,
    transactionDate: row.transactionDate,
    ...opt("transactionTime", row.transactionTime),
    ...opt("postingDate", row.postingDate),
    billedAmountMinor: toSafeNumber(row.billedAmountMinor),
    billedCurrency: row.billedCurrency,
    ...opt("originalAmountMinor", optionalSafeNumber(row.originalAmountMinor)),
    ...opt("originalCurrency", row.originalCurrency),
    ...opt("fxRate", row.fxRate),
    merchant: row.merchant,
    ...opt("city", row.city),
    ...opt("country", row.country),
    ...opt("cardLast4", row.cardLast4),
    references: {
      ...opt("authCode", row.authCode), ...opt("rrn", row.rrn), ...opt("arn", row.arn),
      ...opt("issuerTransactionId", row.issuerTransactionId), ...opt("fitId", row.fitId), ...opt("row", row.fileRow),
    },
    fingerprint: row.fingerprint,
  };
}
