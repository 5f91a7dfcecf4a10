import { describe, expect, it } from "vitest";
import { issuerRecordSchema } from "@/domain/issuer-records";
import { detectStatementFormat, parseStatementFile } from "./detect-format";
import { readFixtureBytes } from "./fixtures/read-fixture";

describe("detectStatementFormat", () => {
  it.each([
    ["bank-sgml.ofx", "whatever.txt", "ofx"],
    ["credit-card.qfx", "export.xml", "ofx"],
    ["camt053.xml", "statement.dat", "camt"],
    ["bank.qif", "download.csv", "qif"],
    ["chase-credit-card.csv", "download.ofx", "csv"],
  ] as const)("recognises %s by its content, not its name (%s)", (fixture, fileName, format) => {
    expect(detectStatementFormat(readFixtureBytes(`statements/fixtures/${fixture}`), fileName)).toBe(format);
  });
});

describe("parseStatementFile", () => {
  it("returns one result shape whatever the format", () => {
    for (const fixture of ["bank-sgml.ofx", "camt053.xml", "bank.qif", "rakuten-card.csv"]) {
      const result = parseStatementFile(readFixtureBytes(`statements/fixtures/${fixture}`), fixture, { currency: "USD" });
      expect(result.records.length).toBeGreaterThan(0);
      // A CSV adds what the mapping screen needs (headerRow, proposal); every format has the same core.
      const keys = Object.keys(result).filter((key) => key !== "headerRow" && key !== "proposal").sort();
      expect(keys).toEqual(["delimiter", "encoding", "format", "headers", "issues", "layout", "needsMapping", "preview", "records"]);
    }
  });

  it("refuses an empty file with an issue", () => {
    expect(parseStatementFile(new Uint8Array(0), "x.csv").issues).toEqual([{ line: 0, message: "statement.empty" }]);
  });
});

describe("records from every fixture", () => {
  it("satisfy the issuer record schema (integer amounts, ISO codes, real dates, no card numbers)", () => {
    const fixtures = [
      "chase-credit-card.csv", "barclays-uk.csv", "monzo.csv", "revolut.csv", "wise.csv", "dkb-giro.csv",
      "cmb-credit-card.csv", "icbc-debit-card.csv", "rakuten-card.csv", "bank-sgml.ofx", "credit-card.qfx", "camt053.xml", "bank.qif",
    ];
    for (const fixture of fixtures) {
      const { records } = parseStatementFile(readFixtureBytes(`statements/fixtures/${fixture}`), fixture, { currency: "USD" });
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(issuerRecordSchema.safeParse(record).success).toBe(true);
    }
  });
});
