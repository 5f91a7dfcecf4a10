import { describe, expect, it } from "vitest";
import { readFixtureBytes } from "./fixtures/read-fixture";
import { parseQifStatement } from "./qif";

describe("parseQifStatement", () => {
  const bytes = readFixtureBytes("statements/fixtures/bank.qif");

  it("reads Quicken dates (11/ 3'26), signs, payee, memo and number", () => {
    const result = parseQifStatement(bytes, { currency: "USD" });
    expect(result.records.map((r) => [r.transactionDate, r.kind, r.billedAmountMinor, r.merchant, r.references.issuerTransactionId])).toEqual([
      ["2026-11-03", "purchase", 3480, "SEVEN-ELEVEN BANGKOK / Card •••• 1111 purchase", undefined],
      ["2026-11-04", "purchase", 125000, "HILTON TOKYO", "88412"],
      ["2026-11-13", "refund", -2500, "MUSEE DU LOUVRE / Refund", undefined],
    ]);
    expect(result.issues).toEqual([
      { line: 18, message: "statement.badDate" },
      { line: 22, message: "qif.unsupportedType" },
    ]);
  });

  it("asks for the currency instead of guessing it", () => {
    expect(parseQifStatement(bytes).issues).toEqual([{ line: 0, message: "statement.currencyNeeded" }]);
  });
});

describe("parseQifStatement amounts and currencies", () => {
  const qif = (amount: string) => new TextEncoder().encode(`!Type:Bank\nD11/03/2026\nT${amount}\nPCAFE\n^\n`);

  it("reads amounts with stray punctuation before the sign", () => {
    for (const amount of ["$-12.50", ".-12.50", "'-12.50", " -12.50"]) {
      expect(parseQifStatement(qif(amount), { currency: "USD" }).records.map((r) => r.billedAmountMinor), amount).toEqual([1250]);
    }
  });

  it("asks for a currency it knows when given a placeholder", () => {
    expect(parseQifStatement(qif("-1.00"), { currency: "XXX" }).issues).toEqual([{ line: 0, message: "statement.currencyUnknown" }]);
  });
});
