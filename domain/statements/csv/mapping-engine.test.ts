import { describe, expect, it } from "vitest";
import { detectHeaderRow } from "./find-header";
import { parseCsvStatement, readCsvTable, type CsvTable } from "./parse-csv-statement";
import { shapeKey } from "./column-mapping";
import { previewRows } from "./preview-rows";
import { proposeMapping } from "./propose-mapping";
import { readTable } from "./read-table";

const bytes = (text: string) => new TextEncoder().encode(text);
const table = (text: string): CsvTable => {
  const read = readCsvTable(bytes(text));
  if ("refused" in read) throw new Error("refused");
  return read;
};
const summary = (text: string, mapping?: Parameters<typeof parseCsvStatement>[1]) =>
  parseCsvStatement(bytes(text), mapping).records.map((r) => [r.transactionDate, r.billedAmountMinor, r.billedCurrency, r.state]);

describe("detectHeaderRow", () => {
  it("skips a preamble of account lines and balances, with the reasons of its choice", () => {
    const rows = readTable("Account:,12345\nBalance:,\"1,234.56\"\n\nDatum,Text,Betrag\n03.11.2026,CAFE,-12.50\n04.11.2026,BAR,-3.00\n", ",");
    const found = detectHeaderRow(rows);
    expect([found.headerRow, found.dataStart]).toEqual([2, 3]);
    expect(found.candidates[0]?.reasons).toEqual(["known:2", "alike:2/2", "data:2"]);
  });

  it("says there is no header row when the first row is already a transaction", () => {
    const rows = readTable("05/01/2023,DOLLARAMA,1.96,,13.04\n05/02/2023,SUPERMARKET,12.10,,15.00\n", ",");
    expect(detectHeaderRow(rows)).toMatchObject({ headerRow: "none", dataStart: 0 });
  });
});

describe("the mapping step", () => {
  it("reads a direction column beside unsigned amounts, in any of the known words", () => {
    const text = "Datum,Omschrijving,Af Bij,Bedrag\n03-11-2026,CAFE,Af,\"12,50\"\n04-11-2026,SALARIS,Bij,\"100,00\"\n05-11-2026,SHOP,S,\"1,00\"\n06-11-2026,BACK,H,\"2,00\"\n07-11-2026,借记,借 Dr,\"3,00\"\n";
    const mapping = { date: 0, description: 1, direction: 2, amount: 3, currencyCode: "EUR" };
    expect(summary(text, { mapping }).map((r) => r[1])).toEqual([1250, -10000, 100, -200, 300]);
  });

  it("takes the file's own direction words from the mapping", () => {
    const text = "Date,Desc,Way,Amount\n03/11/2026,CAFE,uit,12.50\n04/11/2026,REFUND,terug,2.00\n";
    const mapping = { date: 0, description: 1, direction: 2, amount: 3, currencyCode: "EUR", directionWords: { out: ["uit"], in: ["terug"] } };
    expect(summary(text, { mapping }).map((r) => r[1])).toEqual([1250, -200]);
  });

  it("marks rows of a pending column as pending holds", () => {
    const text = "Date,Desc,Amount,Status\n03/11/2026,CAFE,-12.50,Booked\n04/11/2026,HOTEL,-80.00,Pending\n";
    const records = parseCsvStatement(bytes(text), { mapping: { date: 0, description: 1, amount: 2, pending: 3, currencyCode: "GBP" } }).records;
    expect(records.map((r) => [r.kind, r.state])).toEqual([["purchase", "posted"], ["authorisation", "pending"]]);
  });

  it("takes the year from the statement's title and puts last December's rows in the year before", () => {
    const text = "招商银行信用卡对账单（2024年01月）\n交易日,记账日,交易摘要,人民币金额\n12/29,12/30,商户甲,10.00\n01/03,01/04,商户乙,20.00\n";
    expect(summary(text).map((r) => r[0])).toEqual(["2023-12-29", "2024-01-03"]);
  });

  it("asks for the year when yearless dates come with no title, and uses the one the traveller gives", () => {
    const text = "Date,Desc,Amount\n12/29,CAFE,-10.00\n01/03,BAR,-20.00\n";
    expect(parseCsvStatement(bytes(text), { mapping: { date: 0, description: 1, amount: 2, currencyCode: "USD" } }).issues).toEqual([{ line: 0, message: "statement.yearNeeded" }]);
    expect(summary(text, { mapping: { date: 0, description: 1, amount: 2, currencyCode: "USD", year: 2025 } }).map((r) => r[0])).toEqual(["2025-12-29", "2025-01-03"]);
  });

  it("decides day/month order from every row, then from the bank's country", () => {
    const late = "Date,Desc,Amount\n03/04/2026,A,-1.00\n05/06/2026,B,-1.00\n13/06/2026,C,-1.00\n";
    expect(summary(late, { mapping: { date: 0, description: 1, amount: 2, currencyCode: "USD" } }).map((r) => r[0])).toEqual(["2026-04-03", "2026-06-05", "2026-06-13"]);
    const ambiguous = "Date,Desc,Amount\n03/04/2026,A,-1.00\n";
    expect(summary(ambiguous, { mapping: { date: 0, description: 1, amount: 2, currencyCode: "EUR", bankCountry: "US" } })[0]?.[0]).toBe("2026-03-04");
    expect(summary(ambiguous, { mapping: { date: 0, description: 1, amount: 2, currencyCode: "USD", bankCountry: "GB" } })[0]?.[0]).toBe("2026-04-03");
  });

  it("reads a file without a header row when the mapping says so, losing no row", () => {
    const text = "05/01/2023,DOLLARAMA,1.96,,13.04\n05/02/2023,SUPERMARKET,,12.10,15.00\n";
    const result = parseCsvStatement(bytes(text), { mapping: { headerRow: "none", date: 0, description: 1, debit: 2, credit: 3, currencyCode: "CAD" } });
    expect(result.records.map((r) => r.billedAmountMinor)).toEqual([196, -1210]);
    expect([result.headerRow, result.headers]).toEqual(["none", ["05/01/2023", "DOLLARAMA", "1.96", "", "13.04"]]);
  });

  it("joins a text-only line to the transaction above it", () => {
    const text = "Date,Value,Description,Out,In\n18/04/2018,18/04/2018,DEBIT PURCHASE,6.66,\n,,UBER EATS HELP.UBER\n";
    const [record] = parseCsvStatement(bytes(text), { mapping: { date: 0, description: 2, debit: 3, credit: 4, currencyCode: "SGD" } }).records;
    expect(record?.merchant).toBe("DEBIT PURCHASE / UBER EATS HELP.UBER");
  });

  it("asks for the currency when the file names a placeholder one", () => {
    const text = "Date,Desc,Amount,Currency\n03/11/2026,CAFE,-12.50,XXX\n";
    expect(parseCsvStatement(bytes(text), { mapping: { date: 0, description: 1, amount: 2, currency: 3 } }).issues).toEqual([{ line: 0, message: "statement.currencyUnknown" }]);
    expect(summary(text, { mapping: { date: 0, description: 1, amount: 2, currency: 3 }, currency: "EUR" })).toEqual([["2026-11-03", 1250, "EUR", "posted"]]);
  });

  it("refuses a file of column names without rows", () => {
    expect(parseCsvStatement(bytes("Date,Description,Amount\n")).issues).toEqual([{ line: 0, message: "csv.headerOnly" }]);
  });

  it("proposes a mapping for an unknown file from its header words and values", () => {
    const result = parseCsvStatement(bytes("Export 2026-11-30\n\nFecha,Concepto,Importe,Divisa,Tipo\n03/11/2026,CAFE DE FLORE,\"12,50\",EUR,D\n04/11/2026,DEVOLUCION,\"3,00\",EUR,C\n"));
    expect(result.needsMapping).toBe(true);
    expect(result.proposal).toEqual({ headerRow: 1, date: 0, description: 1, amount: 2, currency: 3, direction: 4 });
    expect(proposeMapping(["a", "b"], [])).toBeUndefined();
  });
});

describe("headerless layouts", () => {
  it("recognise an export without a header row by its shape, but never a file that has one", () => {
    expect(parseCsvStatement(bytes("03/11/2026,SEVEN ELEVEN BANGKOK TH,-12.50\n05/11/2026,ACME LTD,\"2,500.00\"\n")).layout).toBe("hsbc-uk");
    const headed = parseCsvStatement(bytes("Date,Description,Amount\n03/11/2026,CAFE,-12.50\n"));
    expect([headed.layout, headed.needsMapping, headed.headerRow]).toEqual([null, true, 0]);
  });
});

describe("shapeKey", () => {
  it("gives two exports of one headerless layout the same key, another layout another", () => {
    const td = (text: string) => shapeKey(readTable(text, ","));
    expect(td("05/01/2023,DOLLARAMA,1.96,,13.04\n")).toBe(td("06/02/2023,T T SUPERMARKET,,12.10,15.00\n05/03/2023,X,1.00,,2\n"));
    expect(td("05/01/2023,DOLLARAMA,1.96\n")).not.toBe(td("05/01/2023,DOLLARAMA,1.96,,13.04\n"));
  });
});

describe("previewRows", () => {
  const csv = "Bank export\nDate,Desc,Amount,State\n03/11/2026,CAFE,-12.50,done\n,continued text\n04/11/2026,HOTEL,-80.00,pending\nnot a date,X,1.00,done\n";

  it("shows the first rows as they will be saved, with each skipped row's reason", () => {
    const preview = previewRows(table(csv), { date: 0, description: 1, amount: 2, pending: 3, currencyCode: "EUR" }, 4);
    if (!preview.ok) throw new Error(preview.issue);
    expect(preview.headers).toEqual(["Date", "Desc", "Amount", "State"]);
    expect(preview.rows.map((r) => [r.line, r.records.map((x) => [x.billedAmountMinor, x.state, x.merchant]), r.issue ?? (r.continuesAbove ? "continues" : "")])).toEqual([
      [3, [[1250, "posted", "CAFE / continued text"]], ""],
      [4, [], "continues"],
      [5, [[8000, "pending", "HOTEL"]], ""],
      [6, [], "statement.badDate"],
    ]);
  });

  it("refuses a mapping that names a column the file does not have", () => {
    expect(previewRows(table(csv), { date: 0, description: 1, amount: 9, currencyCode: "EUR" })).toEqual({ ok: false, issue: "csv.mappingInvalid" });
  });
});
