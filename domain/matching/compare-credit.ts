/**
 * How much of a debit a credit gives back — ONE rule for grouping (link-credits.ts: may this
 * refund belong to that purchase?) and for status (classify-charge.ts: refunded in full or in
 * part?). In order:
 * 1. both print an amount in the same foreign currency, or the credit is billed in the debit's
 *    original currency: compare those — a refund of the same foreign amount is a full refund
 *    even when the home amount differs (the card converted it back at a new rate);
 * 2. both in the same billed currency: equal is full; when neither shows a foreign amount and the
 *    payment was abroad (`isForeign`), a refund within ±3 % of the charge is the same foreign
 *    amount at another day's rate — full as well (a partial refund of 97–99.9 % is not a thing
 *    shops do); otherwise a smaller credit is partial;
 * 3. otherwise the amounts cannot be compared.
 * Amounts are absolute minor units; `givenBack` is in the debit's billed units.
 * See docs/statuses.md ("One charge on its own").
 */
import type { MatchRecord } from "./match-types";

export type CreditComparison = { givenBack: number; isFull: boolean; isOver: boolean };

/** The rate may move this much between the purchase and the refund (basis points). */
export const REFUND_FX_BAND_BP = 300;

type Amounts = { billedAmountMinor: number; billedCurrency: string; originalAmountMinor?: number; originalCurrency?: string };

function inBand(a: number, b: number): boolean {
  return Math.abs(a - b) * 10_000 <= b * REFUND_FX_BAND_BP;
}

/** Null when nothing relates the two amounts. */
export function compareCredit(credit: Amounts, debit: Amounts, isForeign: boolean): CreditComparison | null {
  const debitBilled = Math.abs(debit.billedAmountMinor);
  const debitOriginal = debit.originalCurrency && debit.originalAmountMinor !== undefined ? Math.abs(debit.originalAmountMinor) : null;
  const creditOriginal =
    credit.originalCurrency && credit.originalAmountMinor !== undefined && credit.originalCurrency === debit.originalCurrency
      ? Math.abs(credit.originalAmountMinor)
      : credit.billedCurrency === debit.originalCurrency ? Math.abs(credit.billedAmountMinor) : null;
  if (debitOriginal !== null && debitOriginal > 0 && creditOriginal !== null) {
    const givenBack = Math.round((Math.min(creditOriginal, debitOriginal) * debitBilled) / debitOriginal);
    return { givenBack, isFull: creditOriginal >= debitOriginal, isOver: creditOriginal > debitOriginal };
  }
  if (credit.billedCurrency !== debit.billedCurrency) return null;
  const creditBilled = Math.abs(credit.billedAmountMinor);
  const neitherShowsForeign = debitOriginal === null && !credit.originalCurrency;
  if (creditBilled === debitBilled) return { givenBack: debitBilled, isFull: true, isOver: false };
  if (isForeign && neitherShowsForeign && inBand(creditBilled, debitBilled)) return { givenBack: debitBilled, isFull: true, isOver: false };
  return { givenBack: Math.min(creditBilled, debitBilled), isFull: creditBilled >= debitBilled, isOver: creditBilled > debitBilled };
}

/** The record as the comparison reads it. */
export function readAmounts(record: MatchRecord): Amounts {
  return record;
}
