/**
 * The mapping the engine would choose for an unknown CSV, to prefill the mapping screen (the
 * traveller confirms or corrects it; nothing is saved on a guess). Each role is chosen from the
 * header words first (English, German, Dutch, French, Spanish, Chinese, Japanese) and the column's
 * values second: the date column is the one whose cells read as dates, a direction column the
 * one whose cells are all direction words, a currency column the one of ISO codes. Undefined
 * when no date or no amount column can be found. See docs/importers.md ("The mapping step").
 */
import { readCurrencyCode } from "@/domain/issuer-records";
import { parseStatementDate } from "../statement-date";
import type { ColumnMapping } from "./column-mapping";
import { makeDirectionReader } from "./direction-words";
import { normaliseHeader, type TableRow } from "./read-table";

const WORDS = {
  date: /date|datum|fecha|data|日期|交易日|利用日|日付/,
  postingDate: /post|buchung|booking|valuta|value|记账|入账|rentedatum|processed/,
  amount: /amount|betrag|bedrag|montant|importe|金额|金額|sum|value/,
  debit: /debit|withdraw|paid out|money out|支出|借方|soll|\baf\b|cargo|out\b/,
  credit: /credit|deposit|paid in|money in|收入|存入|贷方|haben|\bbij\b|abono|\bin\b/,
  description: /description|details|memo|payee|merchant|name|narrative|摘要|说明|描述|对方|店名|verwendungszweck|omschrijving|naam|empfänger|concepto|libellé|説明|内容/,
  currency: /currency|währung|waehrung|munt|币种|币别|货币|devise|divisa|通貨/,
  status: /status|state|info|状态|状態/,
} as const;

const AMOUNT = /^[-+(−]?\s*[£$€¥]?\s*\d[\d.,' ]*\)?\s*(?:CR|DR)?$/i;

function share(values: readonly string[], test: (v: string) => boolean): number {
  const filled = values.filter((v) => v !== "");
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

export function proposeMapping(headers: readonly string[], rows: readonly TableRow[], headerRow?: number | "none"): ColumnMapping | undefined {
  const width = Math.max(headers.length, ...rows.map((r) => r.cells.length));
  const names = Array.from({ length: width }, (_, i) => normaliseHeader(headers[i] ?? ""));
  const column = (i: number) => rows.map((r) => r.cells[i] ?? "");
  const isDate = (i: number) => share(column(i), (v) => parseStatementDate(v) !== null || /^\d{1,2}[/.]\d{1,2}\.?$/.test(v)) >= 0.8;
  const isAmount = (i: number) => share(column(i), (v) => AMOUNT.test(v) && !/^\d{4}[-/.]\d/.test(v)) >= 0.8;
  const readDirection = makeDirectionReader();
  const indices = [...names.keys()];
  const byWord = (re: RegExp, accept: (i: number) => boolean, taken: readonly number[] = []) =>
    indices.find((i) => re.test(names[i] ?? "") && accept(i) && !taken.includes(i));
  const date = byWord(WORDS.date, isDate) ?? indices.find(isDate);
  if (date === undefined) return undefined;
  const postingDate = byWord(WORDS.postingDate, isDate, [date]);
  const amount = byWord(WORDS.amount, isAmount, [date]);
  const debit = amount === undefined ? byWord(WORDS.debit, (i) => share(column(i), (v) => AMOUNT.test(v)) >= 0.8) : undefined;
  const credit = amount === undefined ? byWord(WORDS.credit, (i) => share(column(i), (v) => AMOUNT.test(v)) >= 0.8, debit === undefined ? [] : [debit]) : undefined;
  const anyAmount = amount ?? (debit === undefined || credit === undefined ? indices.find((i) => i !== date && i !== postingDate && isAmount(i)) : undefined);
  if (anyAmount === undefined && (debit === undefined || credit === undefined)) return undefined;
  const taken = [date, postingDate, anyAmount, debit, credit].filter((i): i is number => i !== undefined);
  const direction = indices.find((i) => !taken.includes(i) && share(column(i), (v) => readDirection(v) !== null) >= 0.9 && column(i).some((v) => v !== ""));
  const currency = byWord(WORDS.currency, () => true, taken) ?? indices.find((i) => !taken.includes(i) && share(column(i), (v) => readCurrencyCode(v) !== undefined) === 1 && column(i).some((v) => v !== ""));
  const textLength = (i: number) => column(i).reduce((sum, v) => sum + (/\p{L}/u.test(v) ? v.length : 0), 0);
  const free = indices.filter((i) => !taken.includes(i) && i !== direction && i !== currency);
  const description = byWord(WORDS.description, () => true, [...taken, ...(direction === undefined ? [] : [direction])])
    ?? free.sort((a, b) => textLength(b) - textLength(a))[0];
  if (description === undefined) return undefined;
  const status = byWord(WORDS.status, () => true, [...taken, description]);
  const mapping: ColumnMapping = { date, description, ...(anyAmount !== undefined ? { amount: anyAmount } : { debit, credit }) };
  if (headerRow !== undefined) mapping.headerRow = headerRow;
  if (postingDate !== undefined) mapping.postingDate = postingDate;
  if (direction !== undefined) mapping.direction = direction;
  if (currency !== undefined) mapping.currency = currency;
  if (status !== undefined) mapping.status = status;
  return mapping;
}
