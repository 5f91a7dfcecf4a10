/**
 * One CSV row → its records: normally one, two when the row carries a separate fee (Revolut's
 * "Fee" column), none when the row is unreadable (then the reason's message key is returned).
 * Amounts follow the record sign convention: positive = money out. The original (local) amount
 * is kept only when it is in another currency than the billed one, with the billed direction.
 * See docs/importers.md.
 */
import type { RecordMessageKey, UnfingerprintedRecord } from "@/domain/issuer-records";
import { readCardLast4, readCurrencyCode } from "@/domain/issuer-records";
import { normaliseRate, parseSignedAmount, splitAmountAndCode, toBilledMinor } from "../statement-amount";
import { parseStatementDate } from "../statement-date";
import { classifyRow } from "../classify-row";
import { readForeignAmountFields } from "../foreign-amount";
import type { RowContext } from "./map-rows";
import type { TableRow } from "./read-table";

const MAX_MERCHANT = 500;

function readTimeCell(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(text.trim());
  if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return `${match[1]?.padStart(2, "0")}:${match[2]}`;
  return parseStatementDate(text)?.time;
}

function readBilled(cell: (i?: number) => string, ctx: RowContext, currency: string): number | null {
  const { mapping, separator } = ctx;
  const outflowSign = mapping.outflowSign ?? "negative";
  if (mapping.amount !== undefined) {
    const amount = parseSignedAmount(cell(mapping.amount), currency, separator);
    return amount.ok ? toBilledMinor(amount, outflowSign) : null;
  }
  const debit = parseSignedAmount(cell(mapping.debit), currency, separator);
  if (debit.ok && debit.minor !== 0) return Math.abs(debit.minor);
  const credit = parseSignedAmount(cell(mapping.credit), currency, separator);
  if (credit.ok) return -Math.abs(credit.minor);
  return debit.ok ? 0 : null;
}

function readDescription(cell: (i?: number) => string, ctx: RowContext): string {
  const columns = Array.isArray(ctx.mapping.description) ? ctx.mapping.description : [ctx.mapping.description];
  const parts = columns.map((i) => cell(i)).filter((text) => text !== "");
  const text = ctx.descriptionMode === "first" ? (parts[0] ?? "") : parts.join(" / ");
  return (text || cell(ctx.mapping.type)).slice(0, MAX_MERCHANT);
}

function readOriginal(cell: (i?: number) => string, ctx: RowContext, billed: number, currency: string) {
  const raw = cell(ctx.mapping.originalAmount);
  if (raw === "") return {};
  const split = splitAmountAndCode(raw);
  const code = readCurrencyCode(cell(ctx.mapping.originalCurrency)) ?? readCurrencyCode(split.code);
  if (!code || code === currency) return {};
  const amount = parseSignedAmount(split.text, code, undefined);
  if (!amount.ok) return {};
  return { originalAmountMinor: Math.sign(billed || 1) * Math.abs(amount.minor), originalCurrency: code };
}

/** Sets only defined values, so records carry no `undefined` fields (cheaper than filtering later). */
function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const key of Object.keys(values) as (keyof T)[]) if (values[key] !== undefined) target[key] = values[key] as T[keyof T];
  return target;
}

export function buildRowRecords(row: TableRow, ctx: RowContext): UnfingerprintedRecord[] | RecordMessageKey {
  const { mapping } = ctx;
  const cell = (i?: number) => (i === undefined ? "" : (row.cells[i] ?? ""));
  const parsedDate = parseStatementDate(cell(mapping.date), ctx.order);
  if (!parsedDate) return "statement.badDate";
  const currency = readCurrencyCode(cell(mapping.currency)) ?? mapping.currencyCode;
  if (!currency) return "statement.badCurrency";
  let billed = readBilled(cell, ctx, currency);
  if (billed === null) return "statement.badAmount";
  const status = cell(mapping.status);
  const merchant = readDescription(cell, ctx);
  const classified = classifyRow(`${cell(mapping.type)} ${merchant}`, status, billed >= 0, ctx.isCardStatement);
  if ("declined" in classified) return "csv.rowDeclined";
  // A reverted card payment (Revolut "REVERTED") is printed as the original debit: it is a credit now.
  if (classified.kind === "reversal") billed = -Math.abs(billed);
  const reference = cell(mapping.reference);
  const base: UnfingerprintedRecord = {
    source: "statement", kind: classified.kind, state: classified.state, transactionDate: parsedDate.date,
    billedAmountMinor: billed, billedCurrency: currency, merchant,
    references: reference ? { row: row.line, issuerTransactionId: reference } : { row: row.line },
  };
  assignDefined(base, {
    transactionTime: mapping.time !== undefined ? readTimeCell(cell(mapping.time)) : parsedDate.time,
    postingDate: mapping.postingDate !== undefined ? parseStatementDate(cell(mapping.postingDate), ctx.order)?.date : undefined,
    ...readOriginal(cell, ctx, billed, currency),
    fxRate: normaliseRate(cell(mapping.fxRate)),
    country: cell(mapping.country) || undefined,
    cardLast4: readCardLast4(cell(mapping.cardLast4)),
  });
  if (base.originalCurrency === undefined) Object.assign(base, readForeignAmountFields(merchant, currency, billed));
  if (mapping.fee === undefined) return [base];
  const fee = parseSignedAmount(cell(mapping.fee), currency, ctx.separator);
  if (!fee.ok || fee.minor === 0) return [base];
  // The fee is charged in the billed currency only: the purchase's local amount does not apply to it.
  const feeRecord: UnfingerprintedRecord = { ...base, kind: "fee", billedAmountMinor: Math.abs(fee.minor) };
  delete feeRecord.originalAmountMinor;
  delete feeRecord.originalCurrency;
  delete feeRecord.fxRate;
  return [base, feeRecord];
}
