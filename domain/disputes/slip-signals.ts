/**
 * What a slip and its charges show without the traveller saying anything: a decline printed on
 * the slip, a charge in the slip's currency above the slip's amount, a charge of exactly the DCC
 * amount in the home currency, a refund smaller than the charge, a hold past its drop date.
 * Each test uses only printed or recorded values; see docs/disputes.md ("Situations").
 */
import type { MatchRecord } from "@/domain/matching";
import { classifyCharge, isPostedAndKept, type ChargeSummary } from "@/domain/status/classify-charge";
import { readHoldDays } from "@/domain/status/hold-window";
import { addDays } from "@/domain/matching/calendar-days";
import type { DisputeCase, DisputeSlip } from "./dispute-case";

/**
 * EMV offline declines (Z1, Z3) and ISO 8583 field 39 decline answers: 01 refer to issuer, 03
 * invalid merchant, 04/07/41/43 pick up, 05 do not honour, 12 invalid transaction, 13 invalid
 * amount, 14 invalid card number, 51 insufficient funds, 54 expired, 55 wrong PIN, 57/58 not
 * permitted, 59 suspected fraud, 61 over limit, 62 restricted, 65 over count, 75 PIN tries
 * exceeded, 78 blocked, 91 issuer inoperative, 96 system malfunction. 00/08/10/11/Y1/Y3 approve.
 */
const DECLINE_CODES = new Set(["Z1", "Z3", "01", "03", "04", "05", "07", "12", "13", "14", "41", "43", "51", "54", "55", "57", "58", "59", "61", "62", "65", "75", "78", "91", "96"]);

export function readDeclineCode(slip: DisputeSlip): string | null {
  const code = slip.responseCode?.trim().toUpperCase() ?? "";
  return DECLINE_CODES.has(code) ? code : null;
}

export function readRecordDate(record: MatchRecord): string {
  return record.postingDate ?? record.transactionDate;
}

export function summarizeCharges(input: DisputeCase): ChargeSummary[] {
  return input.charges.map((charge) => classifyCharge(charge, input.slip.currency));
}

export function listKeptPostings(summaries: readonly ChargeSummary[]): ChargeSummary[] {
  return summaries.filter(isPostedAndKept).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.charge.id < b.charge.id ? -1 : 1));
}

/** The record's amount in the slip's currency (billed, else original), or null when it shows none. */
export function readAmountInSlipCurrency(record: MatchRecord, slip: DisputeSlip): number | null {
  if (record.billedCurrency === slip.currency) return Math.abs(record.billedAmountMinor);
  if (record.originalCurrency === slip.currency && record.originalAmountMinor !== undefined) return Math.abs(record.originalAmountMinor);
  return null;
}

/** Charged exactly the slip's DCC home amount, in the home currency, with no foreign amount behind it. */
export function isChargedAtDcc(record: MatchRecord, slip: DisputeSlip): boolean {
  if (!slip.dccHomeCurrency || !slip.dccHomeAmountMinor || slip.dccHomeCurrency === slip.currency) return false;
  if (record.billedCurrency !== slip.dccHomeCurrency) return false;
  if (record.originalCurrency && record.originalCurrency !== slip.dccHomeCurrency) return false;
  return Math.abs(record.billedAmountMinor) === slip.dccHomeAmountMinor;
}

/** Credits on a charge, in the lead record's billed currency (only those that share it). */
export function sumSameCurrencyCredits(summary: ChargeSummary): number {
  const currency = summary.lead?.billedCurrency;
  return summary.charge.credits.filter((c) => c.billedCurrency === currency).reduce((sum, c) => sum + Math.abs(c.billedAmountMinor), 0);
}

export function readHoldDue(summary: ChargeSummary, slip: DisputeSlip): string {
  return addDays(summary.date, readHoldDays(slip.merchantName, summary.lead?.merchant));
}
