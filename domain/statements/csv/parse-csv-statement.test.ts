import { describe, expect, it } from "vitest";
import type { IssuerRecord } from "@/domain/issuer-records";
import { readFixtureBytes } from "../fixtures/read-fixture";
import { mappingKey } from "./column-mapping";
import { parseCsvStatement } from "./parse-csv-statement";

const parseFixture = (name: string) => parseCsvStatement(readFixtureBytes(`statements/fixtures/${name}`));
/** date, kind, state, billed amount, currency, merchant — what the preview table shows. */
const summarise = (r: IssuerRecord) => [r.transactionDate, r.kind, r.state, r.billedAmountMinor, r.billedCurrency, r.merchant];

describe("parseCsvStatement on known layouts", () => {
  it("reads a Chase credit card export (MM/DD/YYYY, negative = spent)", () => {
    const result = parseFixture("chase-credit-card.csv");
    expect([result.layout, result.encoding, result.delimiter, result.needsMapping]).toEqual(["chase-credit-card", "utf-8", ",", false]);
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-05", "purchase", "posted", 645, "USD", "STARBUCKS STORE 12345"],
      ["2026-11-03", "purchase", "posted", 3480, "USD", "7-ELEVEN BANGKOK TH"],
      ["2026-11-03", "fee", "posted", 104, "USD", "FOREIGN TRANSACTION FEE"],
      ["2026-11-02", "purchase", "posted", 2500, "USD", "MUSEE DU LOUVRE, PARIS"],
      ["2026-11-04", "refund", "posted", -2500, "USD", "MUSEE DU LOUVRE PARIS"],
      ["2026-10-28", "payment", "posted", -50000, "USD", "Payment Thank You-Mobile"],
      ["2026-11-13", "purchase", "posted", 100, "USD", '=HYPERLINK("http://evil.example","click")'],
    ]);
    expect(result.records[0]).toMatchObject({ postingDate: "2026-11-06", references: { row: 2 } });
    expect(result.issues).toEqual([]);
  });

  it("reads Barclays UK (DD/MM/YYYY) and cuts the card number in a memo", () => {
    const result = parseFixture("barclays-uk.csv");
    expect(result.layout).toBe("barclays-uk");
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-03", "purchase", "posted", 840, "GBP", "PRET A MANGER    ON 02 NOV          BCC"],
      ["2026-11-04", "purchase", "posted", 4500, "GBP", "SNCF PARIS FR     ON 03 NOV          BCC"],
      ["2026-11-04", "fee", "posted", 123, "GBP", "NON-STERLING TRANSACTION FEE"],
      ["2026-11-05", "other", "posted", -150000, "GBP", "ACME LTD SALARY"],
      ["2026-11-06", "other", "posted", 10000, "GBP", "BNP PARIBAS ATM CARD •••• 6467"],
    ]);
  });

  it("reads Monzo with time, local amount and transaction id", () => {
    const [first, , refund, transfer] = parseFixture("monzo.csv").records;
    expect(first).toMatchObject({
      transactionDate: "2026-11-03", transactionTime: "14:25", billedAmountMinor: 2741, billedCurrency: "GBP",
      originalAmountMinor: 125000, originalCurrency: "THB", merchant: "7-Eleven", kind: "purchase",
      references: { issuerTransactionId: "tx_0000AbCdEf123", row: 2 },
    });
    expect(refund).toMatchObject({ kind: "refund", billedAmountMinor: -2741, originalAmountMinor: -125000 });
    expect(transfer).toMatchObject({ kind: "other", billedAmountMinor: -10000 });
    expect(transfer?.originalCurrency).toBeUndefined();
  });

  it("reads Revolut states: pending hold, declined skipped, reverted as a reversal, fee apart", () => {
    const result = parseFixture("revolut.csv");
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-03", "purchase", "posted", 1280, "JPY", "Lawson Shinjuku"],
      ["2026-11-05", "authorisation", "pending", 2190, "JPY", "Ichiran Shibuya"],
      ["2026-11-02", "reversal", "posted", -3000, "JPY", "JR East"],
      ["2026-11-06", "other", "posted", 10000, "JPY", "Seven Bank ATM"],
      ["2026-11-06", "fee", "posted", 250, "JPY", "Seven Bank ATM"],
    ]);
    expect(result.records[0]).toMatchObject({ transactionTime: "14:25", postingDate: "2026-11-04" });
    expect(result.issues).toEqual([{ line: 4, message: "csv.rowDeclined" }]);
  });

  it("reads Wise with card tail, exchange rate and id", () => {
    const [, lawson] = parseFixture("wise.csv").records;
    expect(lawson).toMatchObject({
      transactionDate: "2026-11-04", billedAmountMinor: 2155, billedCurrency: "EUR", merchant: "Lawson",
      cardLast4: "4821", fxRate: "162.41", references: { issuerTransactionId: "CARD-1234567891" },
    });
  });

  it("reads DKB in Windows-1252 with ';', a preamble and 1.234,56 amounts", () => {
    const result = parseFixture("dkb-giro.csv");
    expect([result.layout, result.encoding, result.delimiter]).toEqual(["dkb-giro", "windows-1252", ";"]);
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-03", "purchase", "posted", 1250, "EUR", "Café Müller Wien / 2026-11-02 Debitk.12 VISA Debit"],
      ["2026-11-05", "other", "posted", -123456, "EUR", "Max Mustermann / Miete November"],
      ["2026-11-05", "purchase", "posted", 320, "EUR", "SumUp *Bäckerei Groß / 2026-11-04 Debitk.12 VISA Debit"],
      ["2026-11-07", "fee", "posted", 22, "EUR", "DKB AG / Auslandseinsatzentgelt 1,75%"],
      ["2026-11-08", "other", "posted", 105000, "EUR", "Stadtwerke München / Abschlag Strom"],
    ]);
    expect(result.records[0]?.references.row).toBe(8);
  });

  it("reads 招商银行 credit card (UTF-8 BOM) with card tail and local amount", () => {
    const result = parseFixture("cmb-credit-card.csv");
    expect(result.layout).toBe("cmb-credit-card");
    expect(result.records[0]).toMatchObject({
      transactionDate: "2026-11-03", postingDate: "2026-11-04", kind: "purchase", billedAmountMinor: 25230,
      billedCurrency: "CNY", originalAmountMinor: 125000, originalCurrency: "THB", cardLast4: "1234",
    });
    expect(result.records.map(summarise).slice(2)).toEqual([
      ["2026-11-04", "purchase", "posted", 246500, "CNY", "HILTON TOKYO JP"],
      ["2026-11-06", "refund", "posted", -25230, "CNY", "退货 SEVEN-ELEVEN BANGKOK TH"],
      ["2026-11-10", "payment", "posted", -300000, "CNY", "掌上生活还款"],
    ]);
  });

  it("reads 工商银行 in GBK with debit/credit columns, currency words and a totals row skipped", () => {
    const result = parseFixture("icbc-debit-card.csv");
    expect([result.layout, result.encoding]).toEqual(["icbc-debit-card", "gb18030"]);
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-03", "purchase", "posted", 25230, "CNY", "7-ELEVEN BANGKOK"],
      ["2026-11-04", "purchase", "posted", 3500, "CNY", "财付通-滴滴出行"],
      ["2026-11-05", "refund", "posted", -25010, "CNY", "7-ELEVEN BANGKOK"],
      ["2026-11-06", "other", "posted", -200000, "CNY", "张三 •••• 4562"],
    ]);
    expect(result.records[0]).toMatchObject({ originalAmountMinor: 125000, originalCurrency: "THB", country: "THA" });
    expect(result.issues).toEqual([{ line: 9, message: "statement.badDate" }]);
  });

  it("reads 楽天カード in Shift_JIS (JPY, positive = spent)", () => {
    const result = parseFixture("rakuten-card.csv");
    expect([result.layout, result.encoding]).toEqual(["rakuten-card", "shift_jis"]);
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-03", "purchase", "posted", 5480, "JPY", "セブン－イレブン バンコク"],
      ["2026-11-04", "purchase", "posted", 2190, "JPY", "ICHIRAN SHIBUYA"],
      ["2026-11-05", "refund", "posted", -1200, "JPY", "ＡＭＡＺＯＮ．ＣＯ．ＪＰ"],
    ]);
  });

  it("reads the same export saved as UTF-16 (Excel's Unicode text) with tabs", () => {
    const text = "\ufeff交易日\t记账日\t交易摘要\t人民币金额\t卡号末四位\t交易地金额\r\n2026/11/03\t2026/11/04\tSEVEN-ELEVEN BANGKOK TH\t252.30\t1234\tTHB 1250.00\r\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) [bytes[2 * i], bytes[2 * i + 1]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    const result = parseCsvStatement(bytes);
    expect([result.encoding, result.delimiter, result.layout]).toEqual(["utf-16le", "\t", "cmb-credit-card"]);
    expect(result.records[0]?.billedAmountMinor).toBe(25230);
  });
});

describe("parseCsvStatement on an unknown export", () => {
  const bytes = readFixtureBytes("statements/fixtures/unknown-bank.csv");

  it("asks for a mapping and shows headers and a preview", () => {
    const result = parseCsvStatement(bytes);
    expect(result.needsMapping).toBe(true);
    expect(result.records).toEqual([]);
    expect(result.headers).toEqual(["Fecha", "Concepto", "Cargo", "Abono", "Divisa"]);
    expect(result.preview[1]).toEqual(["03/11/2026", "CAFE DE FLORE PARIS", "12,50", "", "EUR"]);
    expect(result.delimiter).toBe("|");
  });

  it("reads it once the traveller maps the columns", () => {
    const mapping = { date: 0, description: 1, debit: 2, credit: 3, currency: 4 };
    const result = parseCsvStatement(bytes, { mapping });
    expect(result.needsMapping).toBe(false);
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-03", "purchase", "posted", 1250, "EUR", "CAFE DE FLORE PARIS"],
      ["2026-11-14", "purchase", "posted", 123456, "EUR", "EL CORTE INGLES"],
      ["2026-11-15", "other", "posted", -123456, "EUR", "DEVOLUCION EL CORTE INGLES"],
    ]);
  });

  it("refuses a mapping that does not fit, with an issue instead of an exception", () => {
    const result = parseCsvStatement(bytes, { mapping: { date: 0, description: 1 } as never });
    expect(result.issues).toEqual([{ line: 0, message: "csv.mappingInvalid" }]);
  });

  it("refuses a mapping naming a column the file does not have (not a \"short row\" on every line)", () => {
    const result = parseCsvStatement(bytes, { mapping: { date: 0, description: 1, amount: 9, currencyCode: "EUR" } });
    expect(result.issues).toEqual([{ line: 0, message: "csv.mappingInvalid" }]);
    expect(result.records).toEqual([]);
  });
});

describe("mappingKey", () => {
  it("is stable across case, spacing and quotes, and differs for other headers", () => {
    expect(mappingKey(["Fecha", "Concepto", "Cargo"])).toBe(mappingKey([' "fecha"', "CONCEPTO ", "cargo"]));
    expect(mappingKey(["Fecha", "Concepto", "Cargo"])).not.toBe(mappingKey(["Fecha", "Cargo", "Concepto"]));
  });
});

describe("parseCsvStatement limits", () => {
  it("refuses a file over 10 MB with an issue", () => {
    const result = parseCsvStatement(new Uint8Array(10 * 1024 * 1024 + 1));
    expect(result.issues).toEqual([{ line: 0, message: "statement.tooLarge" }]);
  });

  it("refuses more than 200 000 rows with an issue", () => {
    const text = "Date,Description,Amount\n" + "01/02/2026,X,1\n".repeat(200_101);
    const result = parseCsvStatement(new TextEncoder().encode(text));
    expect(result.issues).toEqual([{ line: 0, message: "statement.tooManyRows" }]);
  });

  it("says when a file holds no currency and none was given", () => {
    const text = "Date,Description,Amount\n03/11/2026,CAFE,-12.50\n";
    const result = parseCsvStatement(new TextEncoder().encode(text), { mapping: { date: 0, description: 1, amount: 2 } });
    expect(result.issues).toEqual([{ line: 0, message: "statement.currencyNeeded" }]);
    const withCurrency = parseCsvStatement(new TextEncoder().encode(text), { mapping: { date: 0, description: 1, amount: 2 }, currency: "EUR" });
    expect(withCurrency.records[0]?.billedAmountMinor).toBe(1250);
  });
});
