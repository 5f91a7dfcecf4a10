import { describe, expect, it } from "vitest";
import { assignFingerprints } from "./fingerprint";
import { issuerRecordSchema, type UnfingerprintedRecord } from "./issuer-record";
import { readCardLast4, redactRecordText } from "./redact-record";

const record: UnfingerprintedRecord = {
  source: "statement", kind: "purchase", state: "posted", transactionDate: "2026-11-03",
  billedAmountMinor: 3480, billedCurrency: "USD", merchant: "7-ELEVEN BANGKOK", references: { row: 3 },
};

describe("issuerRecordSchema", () => {
  it("accepts a well-formed record", () => {
    expect(issuerRecordSchema.safeParse(assignFingerprints([record])[0]).success).toBe(true);
  });

  it("refuses a float amount, an unknown currency, a bad date and a card number in the merchant", () => {
    const [valid] = assignFingerprints([record]);
    for (const bad of [
      { billedAmountMinor: 34.8 }, { billedCurrency: "XXX" }, { transactionDate: "2026-02-30x" },
      { merchant: "PAID WITH 4111 1111 1111 1111" }, { cardLast4: "12345" },
    ]) {
      expect(issuerRecordSchema.safeParse({ ...valid, ...bad }).success).toBe(false);
    }
  });
});

describe("redactRecordText", () => {
  it("cuts a card number in any text field to its last 4", () => {
    const dirty = { ...record, merchant: "SHOP 4111111111111111", city: "5500 0055 5555 5559", references: { issuerTransactionId: "4111-1111-1111-1111" } };
    const clean = redactRecordText(dirty);
    expect(clean.merchant).toBe("SHOP •••• 1111");
    expect(clean.city).toBe("•••• 5559");
    expect(clean.references.issuerTransactionId).toBe("•••• 1111");
  });
});

describe("readCardLast4", () => {
  it("keeps the last 4 digits of whatever the bank printed", () => {
    expect(readCardLast4("****1234")).toBe("1234");
    expect(readCardLast4("•••• 5678")).toBe("5678");
    expect(readCardLast4("12")).toBeUndefined();
  });
});
