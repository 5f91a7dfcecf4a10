/**
 * Builders for tests of matching, status and timeline: a record or slip with realistic defaults
 * (a CNY-billed statement posting, a THB slip in Bangkok) that each test overrides with what it
 * is about, so the test reads as the case it checks. Not used by the engine. See docs/matching.md.
 */
import type { Charge, MatchRecord, MatchSlip } from "./match-types";

export function makeRecord(id: string, overrides: Partial<MatchRecord> = {}): MatchRecord {
  return {
    id, source: "statement", kind: "purchase", state: "posted", transactionDate: "2026-03-02",
    billedAmountMinor: 4812, billedCurrency: "CNY", originalAmountMinor: 24500, originalCurrency: "THB",
    merchant: "SEVEN-ELEVEN BANGKOK TH", cardLast4: "1234", references: {}, fingerprint: `fp-${id}`,
    ...overrides,
  };
}

/** An SMS-style authorisation hold in the local currency. */
export function makeHold(id: string, overrides: Partial<MatchRecord> = {}): MatchRecord {
  const base = makeRecord(id, { originalAmountMinor: undefined, originalCurrency: undefined });
  return { ...base, source: "sms", kind: "authorisation", state: "pending", billedAmountMinor: 24500, billedCurrency: "THB", merchant: "SEVEN ELEVEN", transactionTime: "22:15", ...overrides };
}

export function makeSlip(id: string, overrides: Partial<MatchSlip> = {}): MatchSlip {
  return {
    id, merchantName: "7-Eleven Sukhumvit 11", city: "Bangkok", country: "TH", localDateTime: "2026-03-02T21:14",
    amountMinor: 24500, currency: "THB", cardLast4: "1234", ...overrides,
  };
}

export function makeCharge(id: string, parts: Partial<Omit<Charge, "id">> = {}): Charge {
  return { id, credits: [], ...parts };
}
