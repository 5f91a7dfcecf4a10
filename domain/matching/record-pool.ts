/**
 * The issuer records as matching sees them: each with its calendar day (the date the issuer
 * printed, never shifted through UTC), its role in a charge (hold, posting, reversal, refund —
 * or none for fees, card payments and transfers, which no slip can explain), absolute amounts,
 * and its merchant name prepared lazily (only records that survive the amount and date filters
 * are ever prepared, which is what keeps 100 000 records cheap). See docs/matching.md.
 */
import { toDayNumber, toWallMinutes } from "./calendar-days";
import { listPlaceWords, prepareMerchant, type PreparedMerchant } from "./merchant-words";
import type { ChargeRole, MatchRecord } from "./match-types";

export type PooledRecord = {
  index: number;
  record: MatchRecord;
  day: number;
  /** Posting date when printed, else the transaction date. */
  postedDay: number;
  wallMinutes: number;
  role: ChargeRole | null;
  amount: number;
  originalAmount: number | null;
  prepared?: PreparedMerchant;
  places?: string[];
};

function readRole(record: MatchRecord): ChargeRole | null {
  if (record.kind === "reversal") return "reversal";
  if (record.kind === "refund") return "refund";
  if (record.kind === "authorisation") return record.billedAmountMinor > 0 ? "hold" : null;
  if (record.kind === "purchase") {
    if (record.billedAmountMinor < 0) return "refund";
    if (record.billedAmountMinor === 0) return null;
    return record.state === "pending" ? "hold" : "posting";
  }
  return null;
}

export function poolRecords(records: readonly MatchRecord[]): PooledRecord[] {
  return records.map((record, index) => {
    const day = toDayNumber(record.transactionDate);
    return {
      index, record, day,
      postedDay: record.postingDate ? toDayNumber(record.postingDate) : day,
      wallMinutes: toWallMinutes(record.transactionDate, record.transactionTime),
      role: readRole(record),
      amount: Math.abs(record.billedAmountMinor),
      originalAmount: record.originalAmountMinor === undefined || !record.originalCurrency ? null : Math.abs(record.originalAmountMinor),
    };
  });
}

export function isDebit(p: PooledRecord): boolean {
  return p.role === "hold" || p.role === "posting";
}

export function getPreparedMerchant(p: PooledRecord): PreparedMerchant {
  if (!p.prepared) p.prepared = prepareMerchant(p.record.merchant);
  return p.prepared;
}

export function getPlaceWords(p: PooledRecord): string[] {
  if (!p.places) p.places = listPlaceWords(p.record.city, p.record.country);
  return p.places;
}

/** The record's amounts that can be compared in `currency`: billed, original, or none. */
export function readAmountIn(p: PooledRecord, currency: string): number | null {
  if (p.record.billedCurrency === currency) return p.amount;
  if (p.record.originalCurrency === currency && p.originalAmount !== null) return p.originalAmount;
  return null;
}
