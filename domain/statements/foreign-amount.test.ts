import { describe, expect, it } from "vitest";
import { readForeignAmount, readPrintedAmount } from "./foreign-amount";

describe("readForeignAmount", () => {
  it("reads Amex's Extended Details (currency named in words)", () => {
    expect(readForeignAmount("Foreign Spend Amount: 1,250.00 THAI BAHT Commission Amount: 0.00 Currency Exchange Rate: 0.0268", "AUD"))
      .toEqual({ originalAmountMinor: 125_000, originalCurrency: "THB", fxRate: "0.0268" });
    expect(readForeignAmount("Foreign Spend Amount: 12,500 JAPANESE YEN Commission Amount: 8.55", "GBP"))
      .toEqual({ originalAmountMinor: 12_500, originalCurrency: "JPY" });
  });

  it("reads German purpose texts: thousands dots, decimal commas, the rate after '1 Euro='", () => {
    expect(readForeignAmount("Original 50.000 KRW 1 Euro=1.452,31 KRW", "EUR")).toEqual({ originalAmountMinor: 50_000, originalCurrency: "KRW", fxRate: "1452.31" });
    expect(readForeignAmount("KARTENZAHLUNG PIER 21 BANGKOK Original 180,00 THB 1 Euro=38,1234 THB inkl. Einsatzentgelt 1,75 %", "EUR"))
      .toEqual({ originalAmountMinor: 18_000, originalCurrency: "THB", fxRate: "38.1234" });
    expect(readForeignAmount("Orig.-Betrag 180,00 THB Kurs 38,1234", "EUR")).toEqual({ originalAmountMinor: 18_000, originalCurrency: "THB", fxRate: "38.1234" });
    expect(readForeignAmount("Fremdwährung 12.500 JPY", "EUR")).toEqual({ originalAmountMinor: 12_500, originalCurrency: "JPY" });
  });

  it("reads OFX memo lines and English phrases", () => {
    expect(readForeignAmount("JPY 12,500 @ 0.0067", "USD")).toEqual({ originalAmountMinor: 12_500, originalCurrency: "JPY", fxRate: "0.0067" });
    expect(readForeignAmount("Orig: THB 1,250.00", "USD")).toEqual({ originalAmountMinor: 125_000, originalCurrency: "THB" });
    expect(readForeignAmount("1,250.00 THB @ 36.602", "EUR")).toEqual({ originalAmountMinor: 125_000, originalCurrency: "THB", fxRate: "36.602" });
    expect(readForeignAmount("Amount in foreign currency: 2,350.50 MXN", "USD")).toEqual({ originalAmountMinor: 235_050, originalCurrency: "MXN" });
  });

  it("reads Chinese phrases with currency words or labelled fields", () => {
    expect(readForeignAmount("原币金额：1,250.00 泰铢", "CNY")).toEqual({ originalAmountMinor: 125_000, originalCurrency: "THB" });
    expect(readForeignAmount("交易币种 THB 交易金额 1,250.00 汇率 0.1963", "CNY")).toEqual({ originalAmountMinor: 125_000, originalCurrency: "THB", fxRate: "0.1963" });
  });

  it("reads nothing from a descriptor, a home-currency amount or an amount with no telling word", () => {
    expect(readForeignAmount("STARBUCKS 123 LONDON", "GBP")).toBeNull();
    expect(readForeignAmount("Kartenzahlung 12,50 EUR", "EUR")).toBeNull();
    expect(readForeignAmount("Refund 12.50 USD", "EUR")).toBeNull();
    expect(readForeignAmount("Original 12,50 EUR", "EUR")).toBeNull();
  });
});

describe("readPrintedAmount", () => {
  it("groups thousands with a lone separator followed by three digits, except for three-decimal currencies", () => {
    expect(readPrintedAmount("50.000", "KRW")).toBe(50_000);
    expect(readPrintedAmount("1,250", "JPY")).toBe(1_250);
    expect(readPrintedAmount("1.250", "KWD")).toBe(1_250);
    expect(readPrintedAmount("1.452,31", "EUR")).toBe(145_231);
    expect(readPrintedAmount("1250.00", "JPY")).toBe(1_250);
    expect(readPrintedAmount("12.345", "EUR")).toBe(1_234_500);
    expect(readPrintedAmount("1.25", "JPY")).toBeNull();
  });
});

describe("foreign amounts in OFX and camt readers", () => {
  it("takes the foreign amount from an OFX MEMO when the bank wrote no ORIGCURRENCY", async () => {
    const { parseOfxText } = await import("./ofx");
    const ofx = `OFXHEADER:100\nDATA:OFXSGML\n<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>XXXX1234</CCACCTFROM><BANKTRANLIST>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260305<TRNAMT>-84.07<FITID>4111111111111111A<NAME>ICHIRAN SHIBUYA<MEMO>JPY 12,500 @ 0.006726</STMTTRN>
</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>`;
    const record = parseOfxText(ofx, "utf-8").records[0]!;
    expect(record).toMatchObject({ billedAmountMinor: 8407, billedCurrency: "USD", originalAmountMinor: 12_500, originalCurrency: "JPY", fxRate: "0.006726" });
  });

  it("reads camt CcyXchg without an instructed amount, and a German purpose text", async () => {
    const { parseCamtText } = await import("./camt");
    const entry = (amount: string, details: string) => `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-06</Dt></BookgDt>
      <NtryDtls><TxDtls>${details}</TxDtls></NtryDtls></Ntry>`;
    const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
      ${entry("34.43", "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">34.43</Amt><CcyXchg><SrcCcy>KRW</SrcCcy><TrgtCcy>EUR</TrgtCcy><UnitCcy>EUR</UnitCcy><XchgRate>1452.31</XchgRate></CcyXchg></TxAmt></AmtDtls><RmtInf><Ustrd>KARTENZAHLUNG GS25 SEOUL</Ustrd></RmtInf>")}
      ${entry("4.80", "<RmtInf><Ustrd>PIER 21 BANGKOK Original 180,00 THB 1 Euro=38,1234 THB</Ustrd></RmtInf>")}
    </Stmt></BkToCstmrStmt></Document>`;
    const [korea, thai] = parseCamtText(xml, "utf-8").records;
    // 34.43 EUR × 1452.31 KRW per EUR = 50 003 KRW (the rate is per unit of the euro).
    expect(korea).toMatchObject({ originalCurrency: "KRW", originalAmountMinor: 50_003, fxRate: "1452.31" });
    expect(thai).toMatchObject({ originalCurrency: "THB", originalAmountMinor: 18_000, fxRate: "38.1234" });
  });
});
