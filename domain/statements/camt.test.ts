import { describe, expect, it } from "vitest";
import { parseCamtStatement } from "./camt";
import { readFixtureBytes } from "./fixtures/read-fixture";
import { parseStatementFile } from "./detect-format";

describe("parseCamtStatement", () => {
  it("reads camt.053 entries: booked, reversed, pending, fees and foreign amounts", () => {
    const result = parseCamtStatement(readFixtureBytes("statements/fixtures/camt053.xml"));
    expect(result.layout).toBe("camt.053");
    expect(result.records[0]).toEqual({
      source: "statement", kind: "purchase", state: "posted", transactionDate: "2026-11-03", transactionTime: "14:25",
      postingDate: "2026-11-05", billedAmountMinor: 2674, billedCurrency: "EUR", originalAmountMinor: 100000,
      originalCurrency: "THB", fxRate: "0.026740", merchant: "FAMILYMART SUKHUMVIT / VISA Debit 2026-11-03T14:25 BANGKOK TH",
      references: { row: 22, issuerTransactionId: "2026110500012345" }, fingerprint: expect.stringMatching(/^statement-/),
    });
    expect(result.records.slice(1).map((r) => [r.kind, r.state, r.billedAmountMinor, r.merchant])).toEqual([
      ["fee", "posted", 47, "Fremdwährungsentgelt 1,75 %"],
      ["reversal", "posted", -2674, "FAMILYMART SUKHUMVIT / Storno Kartenzahlung"],
      ["authorisation", "pending", 5800, "HOTEL & SPA ZUM LÖWEN"],
      ["other", "posted", -210000, "ACME GmbH / Gehalt November"],
    ]);
    expect(result.issues).toEqual([{ line: 104, message: "statement.badAmount" }]);
  });

  it("reads camt.054 notifications with the same entry grammar", () => {
    const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><Ntfctn>
      <Ntry><Amt Ccy="CHF">12.40</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-04</Dt></BookgDt><AcctSvcrRef>R1</AcctSvcrRef></Ntry>
    </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;
    const result = parseCamtStatement(new TextEncoder().encode(xml));
    expect(result.layout).toBe("camt.054");
    expect(result.records[0]).toMatchObject({ billedAmountMinor: 1240, billedCurrency: "CHF", transactionDate: "2026-11-04", references: { issuerTransactionId: "R1" } });
  });
});

describe("XML attacks", () => {
  const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Ntry><Amt Ccy="EUR">&lol9;</Amt></Ntry></Stmt></BkToCstmrStmt></Document>`;
  const external = `<?xml version="1.0"?><!doctype Document [<!entity xxe SYSTEM "http://127.0.0.1:9/steal?file=/etc/passwd">]>
<Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy="EUR">1.00</Amt><AddtlNtryInf>&xxe;</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>`;
  const ofxExternal = `<?xml version="1.0"?><!DOCTYPE OFX SYSTEM "file:///etc/passwd"><OFX><BANKMSGSRSV1></BANKMSGSRSV1></OFX>`;

  it.each([
    ["billion laughs", laughs, "camt.xml"],
    ["external entity (lower case)", external, "camt.xml"],
    ["OFX with an external DOCTYPE", ofxExternal, "bank.ofx"],
  ])("refuses %s quickly, before any parsing", (_name, xml, fileName) => {
    const started = performance.now();
    const result = parseStatementFile(new TextEncoder().encode(xml), fileName);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(result.records).toEqual([]);
    expect(result.issues).toEqual([{ line: 0, message: "xml.declarationRefused" }]);
  });

  it("finds a declaration hidden in UTF-16", () => {
    const text = `<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x "y">]><Document/>`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) bytes[2 * i + 1] = text.charCodeAt(i);
    expect(parseCamtStatement(bytes).issues).toEqual([{ line: 0, message: "xml.declarationRefused" }]);
  });

  it("leaves unknown entity references as text instead of resolving them", () => {
    const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-04</Dt></BookgDt><AddtlNtryInf>A &xxe; B</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>`;
    expect(parseCamtStatement(new TextEncoder().encode(xml)).records[0]?.merchant).toBe("A &xxe; B");
  });
});
