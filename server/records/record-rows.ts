/**
 * Issuer records between the domain's shape (nested references, safe-integer amounts, optional
 * fields absent) and the database's (flat columns, BigInt minor units, nulls), plus the view the
 * pages and the JSON API show. Amounts leave the server as safe-integer numbers beside a decimal
 * string in their currency, never as floats.
 */
import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import type { IssuerRecord, RecordKind, RecordSource, RecordState } from "@/domain/issuer-records";
import { formatMinorAsDecimal } from "@/domain/money";
import { toSafeNumber } from "@/server/stored-amounts";

export const RECORD_ROW_SELECT = {
  id: true, source: true, kind: true, state: true, transactionDate: true, transactionTime: true, postingDate: true,
  billedAmountMinor: true, billedCurrency: true, originalAmountMinor: true, originalCurrency: true, fxRate: true, merchant: true,
  city: true, country: true, cardLast4: true, authCode: true, rrn: true, arn: true, issuerTransactionId: true, fitId: true,
  fileRow: true, fingerprint: true, linkedPendingId: true, droppedOn: true, createdAt: true,
} satisfies Prisma.IssuerRecordSelect;

export type RecordRow = Prisma.IssuerRecordGetPayload<{ select: typeof RECORD_ROW_SELECT }>;

/** The columns of a new row; `importId` names the statement import it came from, if any. */
export function toRecordData(userId: string, record: IssuerRecord, importId: string | null = null): Prisma.IssuerRecordCreateManyInput {
  const refs = record.references;
  return {
    userId,
    source: record.source,
    kind: record.kind,
    state: record.state,
    transactionDate: record.transactionDate,
    transactionTime: record.transactionTime ?? null,
    postingDate: record.postingDate ?? null,
    billedAmountMinor: BigInt(record.billedAmountMinor),
    billedCurrency: record.billedCurrency,
    originalAmountMinor: record.originalAmountMinor === undefined ? null : BigInt(record.originalAmountMinor),
    originalCurrency: record.originalCurrency ?? null,
    fxRate: record.fxRate ?? null,
    merchant: record.merchant,
    city: record.city ?? null,
    country: record.country ?? null,
    cardLast4: record.cardLast4 ?? null,
    authCode: refs.authCode ?? null,
    rrn: refs.rrn ?? null,
    arn: refs.arn ?? null,
    issuerTransactionId: refs.issuerTransactionId ?? null,
    fitId: refs.fitId ?? null,
    fileRow: refs.row ?? null,
    fingerprint: record.fingerprint,
    importId,
  };
}

const present = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/** A stored row back in the domain's shape (for linking and matching). */
export function toDomainRecord(row: RecordRow): IssuerRecord {
  const record: IssuerRecord = {
    source: row.source as RecordSource,
    kind: row.kind as RecordKind,
    state: row.state as RecordState,
    transactionDate: row.transactionDate,
    billedAmountMinor: toSafeNumber(row.billedAmountMinor),
    billedCurrency: row.billedCurrency,
    merchant: row.merchant,
    references: {},
    fingerprint: row.fingerprint,
  };
  const optional = {
    transactionTime: present(row.transactionTime), postingDate: present(row.postingDate),
    originalAmountMinor: row.originalAmountMinor === null ? undefined : toSafeNumber(row.originalAmountMinor),
    originalCurrency: present(row.originalCurrency), fxRate: present(row.fxRate), city: present(row.city),
    country: present(row.country), cardLast4: present(row.cardLast4),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(record, { [key]: value });
  const refs = { authCode: row.authCode, rrn: row.rrn, arn: row.arn, issuerTransactionId: row.issuerTransactionId, fitId: row.fitId, row: row.fileRow };
  for (const [key, value] of Object.entries(refs)) if (value !== null) Object.assign(record.references, { [key]: value });
  return record;
}

/** What a page or an API client sees of one record. */
export type RecordView = {
  source: RecordSource;
  kind: RecordKind;
  state: RecordState;
  transactionDate: string;
  transactionTime: string | null;
  postingDate: string | null;
  billedAmountMinor: number;
  billedAmount: string;
  billedCurrency: string;
  originalAmountMinor: number | null;
  originalAmount: string | null;
  originalCurrency: string | null;
  fxRate: string | null;
  merchant: string;
  city: string | null;
  country: string | null;
  cardLast4: string | null;
  references: { authCode: string | null; rrn: string | null; arn: string | null; issuerTransactionId: string | null; fitId: string | null; row: number | null };
  fingerprint: string;
};

/** From the domain shape (a preview, an alert just read) … */
export function toRecordView(record: IssuerRecord): RecordView {
  const refs = record.references;
  const original = record.originalAmountMinor ?? null;
  return {
    source: record.source,
    kind: record.kind,
    state: record.state,
    transactionDate: record.transactionDate,
    transactionTime: record.transactionTime ?? null,
    postingDate: record.postingDate ?? null,
    billedAmountMinor: record.billedAmountMinor,
    billedAmount: formatMinorAsDecimal(record.billedAmountMinor, record.billedCurrency),
    billedCurrency: record.billedCurrency,
    originalAmountMinor: original,
    originalAmount: original !== null && record.originalCurrency ? formatMinorAsDecimal(original, record.originalCurrency) : null,
    originalCurrency: record.originalCurrency ?? null,
    fxRate: record.fxRate ?? null,
    merchant: record.merchant,
    city: record.city ?? null,
    country: record.country ?? null,
    cardLast4: record.cardLast4 ?? null,
    references: {
      authCode: refs.authCode ?? null, rrn: refs.rrn ?? null, arn: refs.arn ?? null,
      issuerTransactionId: refs.issuerTransactionId ?? null, fitId: refs.fitId ?? null, row: refs.row ?? null,
    },
    fingerprint: record.fingerprint,
  };
}

/** … and from a stored row, with its id and its pending→posted link. */
export type StoredRecordView = RecordView & { id: string; linkedPendingId: string | null; postedAsId: string | null; createdAt: string };

export function toStoredRecordView(row: RecordRow, postedAsId: string | null = null): StoredRecordView {
  return { ...toRecordView(toDomainRecord(row)), id: row.id, linkedPendingId: row.linkedPendingId, postedAsId, createdAt: row.createdAt.toISOString() };
}
