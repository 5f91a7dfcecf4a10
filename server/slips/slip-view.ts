/**
 * The shape a slip has once it leaves the database: BigInt minor units become safe-integer
 * numbers (every stored amount passed parseAmount, so ≤ 10^12), dates become ISO strings.
 * Pages, the JSON API and the data export all read this one shape. slipToFormValues turns it
 * back into the raw strings the slip form and makeSlipInputSchema take (used by edit and PATCH).
 */
import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { IDENTIFIER_FIELDS, type EntryMode, type IdentifierField, type PaidInsteadMethod, type SlipFormField } from "@/domain/slips";
import { formatMinorAsDecimal } from "@/domain/money";
import { optionalSafeNumber, toSafeNumber } from "@/server/stored-amounts";

/** Stored minor units → number; a value outside the safe range means a corrupted row. */

export const PRINTED_FIELDS = [
  "mid", "tid", "batch", "trace", "rrn", "approvalCode", "aid", "applicationLabel", "tvr", "tsi", "responseCode", "offlineWording",
] as const;
export type PrintedField = (typeof PRINTED_FIELDS)[number];

export type SlipPhotoView = { id: string; width: number; height: number };

export type SlipView = {
  id: string;
  merchantName: string;
  city: string | null;
  country: string;
  localDateTime: string;
  timeZone: string;
  amountMinor: number;
  currency: string;
  cardLast4: string;
  entryMode: EntryMode;
  dccRate: string | null;
  dccHomeAmountMinor: number | null;
  dccHomeCurrency: string | null;
  paidInsteadMethod: PaidInsteadMethod | null;
  paidInsteadCardLast4: string | null;
  paidInsteadAmountMinor: number | null;
  paidInsteadCurrency: string | null;
  notes: string | null;
  /** Identifiers as printed where that differs from the stored normalised value ({ tid: "T-0042" }). */
  printedAs: Partial<Record<IdentifierField, string>>;
  savedDiagnosisId: string | null;
  createdAt: string;
  updatedAt: string;
  photos: SlipPhotoView[];
} & Record<PrintedField, string | null>;

/** The columns a SlipView is built from (a Prisma `select`). */
export const SLIP_VIEW_SELECT = {
  id: true, merchantName: true, city: true, country: true, localDateTime: true, timeZone: true,
  amountMinor: true, currency: true, cardLast4: true, entryMode: true,
  mid: true, tid: true, batch: true, trace: true, rrn: true, approvalCode: true, aid: true,
  applicationLabel: true, tvr: true, tsi: true, responseCode: true, offlineWording: true,
  dccRate: true, dccHomeAmountMinor: true, dccHomeCurrency: true,
  paidInsteadMethod: true, paidInsteadCardLast4: true, paidInsteadAmountMinor: true, paidInsteadCurrency: true,
  notes: true, printedAs: true, savedDiagnosisId: true, createdAt: true, updatedAt: true,
  photos: { select: { id: true, width: true, height: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.SlipSelect;

type SlipRow = Prisma.SlipGetPayload<{ select: typeof SLIP_VIEW_SELECT }>;

/** The stored JSON of printed forms, keeping only identifier fields with string values. */
function readPrintedAs(text: string | null): Partial<Record<IdentifierField, string>> {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(IDENTIFIER_FIELDS.flatMap((field) => (typeof value[field] === "string" ? [[field, value[field]]] : [])));
  } catch {
    return {};
  }
}

export function toSlipView(row: SlipRow): SlipView {
  const printed = Object.fromEntries(PRINTED_FIELDS.map((field) => [field, row[field]])) as Record<PrintedField, string | null>;
  return {
    ...printed,
    id: row.id,
    merchantName: row.merchantName,
    city: row.city,
    country: row.country,
    localDateTime: row.localDateTime,
    timeZone: row.timeZone,
    amountMinor: toSafeNumber(row.amountMinor),
    currency: row.currency,
    cardLast4: row.cardLast4,
    entryMode: row.entryMode as EntryMode,
    dccRate: row.dccRate,
    dccHomeAmountMinor: optionalSafeNumber(row.dccHomeAmountMinor),
    dccHomeCurrency: row.dccHomeCurrency,
    paidInsteadMethod: row.paidInsteadMethod as PaidInsteadMethod | null,
    paidInsteadCardLast4: row.paidInsteadCardLast4,
    paidInsteadAmountMinor: optionalSafeNumber(row.paidInsteadAmountMinor),
    paidInsteadCurrency: row.paidInsteadCurrency,
    notes: row.notes,
    printedAs: readPrintedAs(row.printedAs),
    savedDiagnosisId: row.savedDiagnosisId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    photos: row.photos,
  };
}

export type SlipFormValues = Partial<Record<SlipFormField | "savedDiagnosisId", string>>;

function amountText(minor: number | null, currency: string | null): string {
  return minor === null || !currency ? "" : formatMinorAsDecimal(minor, currency);
}

/** The raw form strings that reproduce `slip` when parsed again (edit form, PATCH base). */
export function slipToFormValues(slip: SlipView): SlipFormValues {
  // The identifiers as the slip printed them ("T-0042"): parsed again, they give the same values.
  const printed = Object.fromEntries(PRINTED_FIELDS.map((field) => [field, (slip.printedAs as Partial<Record<string, string>>)[field] ?? slip[field] ?? ""]));
  return {
    ...printed,
    merchantName: slip.merchantName,
    city: slip.city ?? "",
    country: slip.country,
    localDateTime: slip.localDateTime,
    timeZone: slip.timeZone,
    amount: amountText(slip.amountMinor, slip.currency),
    currency: slip.currency,
    cardLast4: slip.cardLast4,
    entryMode: slip.entryMode,
    dccRate: slip.dccRate ?? "",
    dccHomeAmount: amountText(slip.dccHomeAmountMinor, slip.dccHomeCurrency),
    dccHomeCurrency: slip.dccHomeCurrency ?? "",
    paidInsteadMethod: slip.paidInsteadMethod ?? "",
    paidInsteadCardLast4: slip.paidInsteadCardLast4 ?? "",
    paidInsteadAmount: amountText(slip.paidInsteadAmountMinor, slip.paidInsteadCurrency),
    paidInsteadCurrency: slip.paidInsteadCurrency ?? "",
    notes: slip.notes ?? "",
    savedDiagnosisId: slip.savedDiagnosisId ?? "",
  };
}
