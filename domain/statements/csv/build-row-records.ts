/**
 * One CSV row → its records: normally one, two when the row carries a separate fee (Revolut's
 * "Fee" column), none when the row is unreadable (then the reason's message key is returned).
 * Amounts follow the record sign convention: positive = money out. The direction comes from, in
 * order: a direction column's word ("S"/"H", "借"/"贷"), a CR/DR marker, separate debit and credit
 * columns, the amount's sign, and — for unsigned amounts — the layout's money-in words in the
 * description (交通银行 "退货"). The original (local) amount is kept only when it is in another
 * currency than the billed one, with the billed direction. See docs/importers.md.
 */
import type { RecordMessageKey, UnfingerprintedRecord } from "@/domain/issuer-records";
import { readCardLast4, readCurrencyCode } from "@/domain/issuer-records";
import { normaliseRate, parseSignedAmount, splitAmountAndCode, toBilledMinor } from "../statement-amount";
import { parseStatementDate, parseYearlessDate } from "../statement-date";
import { classifyRow } from "../classify-row";
import { readForeignAmountFields } from "../foreign-amount";
import type { RowContext } from "./map-rows";
import type { TableRow } from "./read-table";

const MAX_MERCHANT = 500;

function readTimeCell(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(text.trim()) ?? /^(\d{2})(\d{2})\d{2}$/.exec(text.trim());
  if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return `${match[1]?.padStart(2, "0")}:${match[2]}`;
  return parseStatementDate(text)?.time;
}

function readDate(text: string, ctx: RowContext) {
  return parseStatementDate(text, ctx.order) ?? parseYearlessDate(text, ctx.order, ctx.period);
}

/** The amount cell without a currency code written into it ("CNY 123.18", "1250.00(THB)"). */
function amountText(cell: string): { text: string; code?: string } {
  if (!/[A-Za-z\u3400-\u9fff]/.test(cell)) return { text: cell };
  const split = splitAmountAndCode(cell);
  return split.code && readCurrencyCode(split.code) ? { text: split.text, code: readCurrencyCode(split.code) } : { text: cell };
}

function readBilled(cell: (i?: number) => string, ctx: RowContext, currency: string, description: string): number | null {
  const { mapping, separator } = ctx;
  const outflowSign = mapping.outflowSign ?? "negative";
  const direction = mapping.direction !== undefined ? ctx.readDirection(cell(mapping.direction)) : null;
  if (mapping.amount !== undefined) {
    const amount = parseSignedAmount(amountText(cell(mapping.amount)).text, currency, separator);
    if (!amount.ok) return null;
    if (direction === "out") return Math.abs(amount.minor);
    if (direction === "in") return -Math.abs(amount.minor);
    const billed = toBilledMinor(amount, outflowSign);
    const isUnsigned = amount.marker === null && amount.minor > 0 && !/^\s*[-+(]/.test(cell(mapping.amount));
    if (isUnsigned && ctx.inflowPattern?.test(description)) return -Math.abs(billed);
    return billed;
  }
  const debit = parseSignedAmount(cell(mapping.debit), currency, separator);
  if (debit.ok && debit.minor !== 0) return direction === "in" ? -Math.abs(debit.minor) : Math.abs(debit.minor);
  const credit = parseSignedAmount(cell(mapping.credit), currency, separator);
  if (credit.ok) return direction === "out" ? Math.abs(credit.minor) : -Math.abs(credit.minor);
  return debit.ok ? 0 : null;
}

function readDescription(cell: (i?: number) => string, ctx: RowContext): string {
  const columns = Array.isArray(ctx.mapping.description) ? ctx.mapping.description : [ctx.mapping.description];
  const parts = columns.map((i) => cell(i)).filter((text, i, all) => text !== "" && all.indexOf(text) === i);
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
  const dateCell = cell(mapping.date);
  const postingDate = mapping.postingDate !== undefined ? readDate(cell(mapping.postingDate), ctx)?.date : undefined;
  // A card statement leaves the transaction date of a repayment empty; its booking date is the date then.
  const parsedDate = readDate(dateCell, ctx) ?? (dateCell === "" && postingDate ? { date: postingDate } : null);
  const pendingCell = cell(mapping.pending);
  if (!parsedDate) return ctx.isPending(dateCell) ? "statement.pendingNoDate" : "statement.badDate";
  const inCell = mapping.amount !== undefined ? amountText(cell(mapping.amount)).code : undefined;
  const currency = readCurrencyCode(cell(mapping.currency)) ?? inCell ?? mapping.currencyCode;
  if (!currency) return "statement.badCurrency";
  const merchant = readDescription(cell, ctx);
  let billed = readBilled(cell, ctx, currency, `${cell(mapping.type)} ${merchant}`);
  if (billed === null) return "statement.badAmount";
  const isPending = ctx.isPending(pendingCell) || ctx.isPending(cell(mapping.status));
  const status = isPending ? `pending ${cell(mapping.status)}` : cell(mapping.status);
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
    postingDate,
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
