import { describe, expect, it } from "vitest";
import { assignFingerprints, describeFingerprint, fingerprintRecord, normaliseMerchant } from "./fingerprint";
import type { UnfingerprintedRecord } from "./issuer-record";

const coffee: UnfingerprintedRecord = {
  source: "statement", kind: "purchase", state: "posted", transactionDate: "2026-11-03",
  billedAmountMinor: 645, billedCurrency: "USD", merchant: "STARBUCKS STORE 12345", references: { row: 2 },
};

describe("normaliseMerchant", () => {
  it("treats spacing, case, punctuation and full-width letters as the same merchant", () => {
    expect(normaliseMerchant("Starbucks  Store #12345,")).toBe(normaliseMerchant("ＳＴＡＲＢＵＣＫＳ STORE 12345"));
  });
});

describe("fingerprintRecord", () => {
  it("is the same for the same row read from another file position", () => {
    expect(fingerprintRecord(coffee)).toBe(fingerprintRecord({ ...coffee, references: { row: 99 } }));
  });

  it("changes with the amount, the date, the card and the state", () => {
    const base = fingerprintRecord(coffee);
    expect(fingerprintRecord({ ...coffee, billedAmountMinor: 646 })).not.toBe(base);
    expect(fingerprintRecord({ ...coffee, transactionDate: "2026-11-04" })).not.toBe(base);
    expect(fingerprintRecord({ ...coffee, cardLast4: "1234" })).not.toBe(base);
    expect(fingerprintRecord({ ...coffee, state: "pending", kind: "authorisation" })).not.toBe(base);
  });

  it("uses the strongest reference: a FITID outranks an auth code", () => {
    const text = describeFingerprint({ ...coffee, references: { fitId: "F1", authCode: "A1" } });
    expect(text).toContain("fit:F1");
    expect(text).not.toContain("A1");
  });

  it("is prefixed by the source and has a fixed length", () => {
    expect(fingerprintRecord(coffee)).toMatch(/^statement-[0-9a-z]{22}$/);
  });
});

describe("assignFingerprints", () => {
  it("keeps two identical purchases apart (a double charge must stay two records)", () => {
    const [first, second] = assignFingerprints([coffee, { ...coffee, references: { row: 3 } }]);
    expect(first?.fingerprint).not.toBe(second?.fingerprint);
  });

  it("gives the same fingerprints when the same records are imported again", () => {
    const once = assignFingerprints([coffee, coffee]).map((r) => r.fingerprint);
    const again = assignFingerprints([coffee, coffee]).map((r) => r.fingerprint);
    expect(again).toEqual(once);
  });
});
