/**
 * Issue 14: hostile statement files (CSV, XML) are refused as a whole, with their own reason, before the CSV
 * parser or the preview spends memory on them. (Time and memory per file: bench/hostile.ts.)
 */
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "./detect-format";

const encode = (text: string) => new TextEncoder().encode(text);
const refusal = (bytes: Uint8Array) => parseStatementFile(bytes, "x.csv").issues.map((i) => i.message);

describe("hostile CSV files", () => {
  it("100 000 columns (3 MB) → tooManyColumns", () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",");
    expect(refusal(encode(`${header}\n${header}\n`))).toEqual(["statement.tooManyColumns"]);
  });

  it("501 quoted columns → tooManyColumns; 500 are read", () => {
    const row = (n: number) => Array.from({ length: n }, (_, i) => `"${i}"`).join(",");
    expect(refusal(encode(`Date,Amount,${row(499)}\n2026-11-03,-1.00,${row(499)}\n`))).toEqual(["statement.tooManyColumns"]);
    expect(refusal(encode(`Date,Amount,${row(498)}\n2026-11-03,-1.00,${row(498)}\n`))).not.toContain("statement.tooManyColumns");
  });

  it("a 9 MB one-cell file → cellTooLong", () => {
    expect(refusal(encode("a".repeat(9 * 1024 * 1024)))).toEqual(["statement.cellTooLong"]);
  });

  it("a quoted memo of 12 000 characters → cellTooLong", () => {
    expect(refusal(encode(`Date,Description,Amount\n2026-11-03,"${"x".repeat(12_000)}",-1.00\n`))).toEqual(["statement.cellTooLong"]);
  });
});

describe("hostile XML statements", () => {
  it("10^6 character references (camt.053) → tooManyReferences, before any parser runs", () => {
    const camt = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>${"&#65;".repeat(1_000_000)}</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>`;
    expect(parseStatementFile(encode(camt), "x.xml").issues.map((i) => i.message)).toEqual(["xml.tooManyReferences"]);
  });
});
