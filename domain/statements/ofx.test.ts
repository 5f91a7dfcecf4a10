import { describe, expect, it } from "vitest";
import { readFixtureBytes } from "./fixtures/read-fixture";
import { parseOfxStatement } from "./ofx";

describe("parseOfxStatement", () => {
  it("reads an OFX 1.x SGML bank statement with unclosed leaf tags", () => {
    const result = parseOfxStatement(readFixtureBytes("statements/fixtures/bank-sgml.ofx"));
    expect(result.layout).toBe("ofx-sgml");
    expect(result.records[0]).toEqual({
      source: "statement", kind: "purchase", state: "posted", transactionDate: "2026-11-03", transactionTime: "14:25",
      postingDate: "2026-11-05", billedAmountMinor: 3480, billedCurrency: "USD", originalAmountMinor: 125000,
      originalCurrency: "THB", fxRate: "0.02784", merchant: "7-ELEVEN BANGKOK TH / POS PURCHASE CARD •••• 1111",
      references: { fitId: "2026110500001", row: 38 }, fingerprint: expect.stringMatching(/^statement-/),
    });
    expect(result.records.slice(1).map((r) => [r.kind, r.billedAmountMinor, r.transactionTime])).toEqual([
      ["fee", 104, undefined],
      ["other", 10000, undefined],
      ["other", -250000, undefined],
    ]);
    expect(result.issues).toEqual([{ line: 72, message: "statement.badAmount" }]);
  });

  it("reads an OFX 2.x XML credit-card statement, converting a foreign amount at CURRATE", () => {
    const result = parseOfxStatement(readFixtureBytes("statements/fixtures/credit-card.qfx"));
    expect(result.layout).toBe("ofx-xml");
    expect(result.records.map((r) => [r.transactionDate, r.kind, r.billedAmountMinor, r.billedCurrency, r.cardLast4, r.references.fitId])).toEqual([
      ["2026-11-03", "purchase", 1866, "GBP", "0006", "CC-20261104-0001"],
      ["2026-11-04", "purchase", 840, "GBP", "0006", "CC-20261105-0001"],
      ["2026-11-07", "refund", -840, "GBP", "0006", "CC-20261107-0001"],
      ["2026-11-08", "payment", -20000, "GBP", "0006", "CC-20261108-0001"],
    ]);
    expect(result.records[0]).toMatchObject({ originalAmountMinor: 2160, originalCurrency: "EUR", fxRate: "0.864", merchant: "CAFE DE FLORE PARIS / Restaurants & cafes" });
  });

  it("keeps fingerprints when the same file is imported twice (FITID is the identity)", () => {
    const bytes = readFixtureBytes("statements/fixtures/credit-card.qfx");
    expect(parseOfxStatement(bytes).records.map((r) => r.fingerprint)).toEqual(parseOfxStatement(bytes).records.map((r) => r.fingerprint));
  });
});

describe("parseOfxStatement with an empty default currency", () => {
  const ofx = (rowCurrency: string) => new TextEncoder().encode(
    `OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF></CURDEF><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20261103</DTPOSTED><TRNAMT>-12.34</TRNAMT><NAME>CAFE</NAME>${rowCurrency}</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`,
  );

  it("uses the row's own currency, then the traveller's, and otherwise asks for it", () => {
    expect(parseOfxStatement(ofx("<CURRENCY><CURRATE>1.0000</CURRATE><CURSYM>AUD</CURSYM></CURRENCY>")).records.map((r) => [r.billedAmountMinor, r.billedCurrency])).toEqual([[1234, "AUD"]]);
    expect(parseOfxStatement(ofx(""), { currency: "EUR" }).records.map((r) => r.billedCurrency)).toEqual(["EUR"]);
    expect(parseOfxStatement(ofx("")).issues).toEqual([{ line: 0, message: "statement.currencyNeeded" }]);
  });
});
