/**
 * The issuer records as matching sees them: each with its calendar day (the date the issuer
 * printed, never shifted through UTC), its role in a charge (hold, posting, reversal, refund —
 * or none for fees, card payments and transfers, which no slip can explain), absolute amounts,
 * and its merchant name prepared lazily (only records that survive the amount and date filters
 * are ever prepared, and each distinct descriptor only once per run — which is what keeps
 * 100 000 records cheap). See docs/matching.md.
 */
import { addToIndex, createAmountDayIndex, sealIndex, type AmountDayIndex } from "./amount-index";
import { toDayNumber, toWallMinutes } from "@/domain/calendar";
import { classifyFeeLine } from "./classify-fee-line";
import { compareIds } from "./multimap";
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
  /** A foreign-transaction fee line (fee-lines.ts): no role, attached to its purchase instead. */
  isFee: boolean;
  amount: number;
  originalAmount: number | null;
  prepared?: PreparedMerchant;
  places?: string[];
  /** Shared by every record of one run: one prepared name per distinct descriptor. */
  names: Map<string, PreparedMerchant>;
};

/** A row a later export dropped was never booked: a hold, whatever its importer said. */
function readRole(record: MatchRecord, fee: "fee" | "purchase" | null): ChargeRole | null {
  const role = readPlainRole(record, fee);
  return role === "posting" && record.droppedOn ? "hold" : role;
}

function readPlainRole(record: MatchRecord, fee: "fee" | "purchase" | null): ChargeRole | null {
  if (fee === "fee") return null;
  // Classed as a fee by its importer, but it is a purchase whose text mentions the fee.
  if (fee === "purchase" && record.kind === "fee") return record.state === "pending" ? "hold" : "posting";
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
  const names = new Map<string, PreparedMerchant>();
  return records.map((record, index) => {
    const day = toDayNumber(record.transactionDate);
    const fee = classifyFeeLine(record);
    return {
      index, record, day,
      postedDay: record.postingDate ? toDayNumber(record.postingDate) : day,
      wallMinutes: toWallMinutes(record.transactionDate, record.transactionTime),
      role: readRole(record, fee),
      isFee: fee === "fee",
      amount: Math.abs(record.billedAmountMinor),
      originalAmount: record.originalAmountMinor === undefined || !record.originalCurrency ? null : Math.abs(record.originalAmountMinor),
      names,
    };
  });
}

const ROLE_ORDER: Readonly<Record<ChargeRole, number>> = { posting: 0, hold: 1, reversal: 2, refund: 3, fee: 4 };

/** Every record with a role, under its billed and (when printed) original amount and currency. */
export function indexRecords(pool: readonly PooledRecord[]): AmountDayIndex {
  const index = createAmountDayIndex();
  for (const p of pool) {
    if (p.role === null) continue;
    addToIndex(index, p.record.billedCurrency, p.day, p.amount, p.index);
    if (p.originalAmount !== null && p.record.originalCurrency) addToIndex(index, p.record.originalCurrency, p.day, p.originalAmount, p.index);
  }
  // Equal amounts: postings first (what the linkers look for), then the rest, then by id.
  sealIndex(index, (a, b) => ROLE_ORDER[pool[a]!.role!] - ROLE_ORDER[pool[b]!.role!] || compareIds(pool[a]!.record.id, pool[b]!.record.id));
  return index;
}

export function isDebit(p: PooledRecord): boolean {
  return p.role === "hold" || p.role === "posting";
}

/** Statements repeat descriptors ("TFL TRAVEL CH", "GRAB* …") endlessly: each is prepared once. */
export function getPreparedMerchant(p: PooledRecord): PreparedMerchant {
  if (p.prepared) return p.prepared;
  let prepared = p.names.get(p.record.merchant);
  if (!prepared) p.names.set(p.record.merchant, (prepared = prepareMerchant(p.record.merchant)));
  p.prepared = prepared;
  return prepared;
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
