import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { issuerRecordSchema, type IssuerRecord } from "@/domain/issuer-records";
import { readFixtureText } from "@/domain/statements/fixtures/read-fixture";
import { parseAlerts } from "./parse-alerts";
import { splitAlerts } from "./split-alerts";

const now = new Date("2026-11-20T12:00:00Z");
/** date, time, kind, state, billed, currency, merchant, card — what the alert said. */
const summarise = (r: IssuerRecord) => [r.transactionDate, r.transactionTime ?? null, r.kind, r.state, r.billedAmountMinor, r.billedCurrency, r.merchant, r.cardLast4 ?? null];

describe("parseAlerts on Chinese bank alerts", () => {
  const result = parseAlerts(readFixtureText("sms/fixtures/alerts-zh.txt"), { now });

  it("reads every bank's card alerts into records", () => {
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-03", "14:25", "authorisation", "pending", 25230, "CNY", "SEVEN-ELEVEN BANGKOK", "1234"],
      ["2026-11-03", "19:02", "authorisation", "pending", 5800, "CNY", "财付通-美团外卖", "1234"],
      ["2026-11-04", "09:12", "authorisation", "pending", 50000, "JPY", "HILTON TOKYO", "5678"],
      ["2026-11-06", "11:30", "purchase", "posted", 48600, "JPY", "HILTON TOKYO", "5678"],
      ["2026-11-03", "14:25", "authorisation", "pending", 5800, "CNY", "", "1234"],
      ["2026-11-04", "20:16", "authorisation", "pending", 35000, "THB", "7-ELEVEN BANGKOK TH", "1234"],
      ["2026-11-05", "10:03", "refund", "posted", -5800, "CNY", "", "1234"],
      ["2026-11-03", null, "authorisation", "pending", 5800, "CNY", "网上快捷支付", "5678"],
      ["2026-11-04", "13:05", "authorisation", "pending", 15520, "CNY", "AEON MALL TOKYO", "4321"],
      ["2026-11-05", "08:30", "reversal", "posted", -3280, "JPY", "AEON MALL TOKYO", "4321"],
      ["2026-11-09", "08:15", "authorisation", "pending", 10000, "CNY", "", "5678"],
      ["2026-11-03", "14:25", "authorisation", "pending", 5800, "CNY", "", "1234"],
      ["2026-11-04", "18:20", "authorisation", "pending", 5400, "JPY", "DON QUIJOTE SHIBUYA", "9876"],
      ["2026-11-04", "18:25", "reversal", "posted", -5400, "JPY", "DON QUIJOTE SHIBUYA", "9876"],
      ["2026-11-03", "14:25", "authorisation", "pending", 5800, "CNY", "支付宝", "1234"],
      ["2026-11-05", "09:00", "other", "posted", -200000, "CNY", "", "1234"],
      ["2026-11-06", "10:15", "other", "pending", 500000, "THB", "境外ATM", "1234"],
      ["2026-11-03", "14:25", "authorisation", "pending", 125000, "THB", "SEVEN ELEVEN", "1234"],
      ["2026-11-07", "16:40", "refund", "posted", -125000, "THB", "", "1234"],
      ["2026-11-08", "12:00", "reversal", "posted", -50000, "JPY", "HILTON TOKYO", "1234"],
    ]);
  });

  it("keeps the foreign amount next to the converted one, and never takes a balance as the amount", () => {
    expect(result.records[0]).toMatchObject({ originalAmountMinor: 125000, originalCurrency: "THB" });
    expect(result.records[8]).toMatchObject({ originalAmountMinor: 3280, originalCurrency: "JPY" });
    expect(result.notUnderstood).toContainEqual({ text: "【工商银行】您的账户余额为1,234.56元。", reason: "alerts.noAmount" });
  });

  it("skips passcodes and promotions, and lists the declined payment back", () => {
    expect(result.skipped.map((s) => s.kind)).toEqual(["otp", "marketing", "otp", "marketing"]);
    expect(result.notUnderstood.map((n) => n.reason)).toEqual(["alerts.noAmount", "alerts.declined"]);
  });

  it("accounts for every pasted message, each record valid", () => {
    expect(result.records.length + result.skipped.length + result.notUnderstood.length).toBe(26);
    for (const record of result.records) expect(issuerRecordSchema.safeParse(record).success).toBe(true);
  });
});

describe("parseAlerts on English bank alerts", () => {
  const result = parseAlerts(readFixtureText("sms/fixtures/alerts-en.txt"), { now });

  it("reads US and UK issuers' styles", () => {
    expect(result.records.map(summarise)).toEqual([
      ["2026-11-03", "14:25", "authorisation", "pending", 1250, "USD", "STARBUCKS", null],
      ["2026-11-03", "02:25", "authorisation", "pending", 3480, "USD", "7-ELEVEN BANGKOK", null],
      ["2026-11-04", null, "authorisation", "pending", 4500, "USD", "UBER TRIP", "1007"],
      ["2026-11-04", null, "authorisation", "pending", 2310, "USD", "FAMILYMART", "5521"],
      ["2026-11-05", null, "authorisation", "pending", 15000, "USD", "HILTON TOKYO", "8890"],
      ["2026-11-03", null, "authorisation", "pending", 840, "GBP", "PRET A MANGER", "1234"],
      ["2026-11-04", "09:40", "authorisation", "pending", 4500, "GBP", "SNCF PARIS", "4455"],
      ["2026-11-05", null, "authorisation", "pending", 2500, "EUR", "CAFE DE FLORE", "6610"],
      ["2026-11-03", "14:25", "authorisation", "pending", 840, "GBP", "Pret A Manger", null],
      ["2026-11-05", "10:12", "authorisation", "pending", 2500, "EUR", "Cafe de Flore", null],
      ["2026-11-06", null, "refund", "posted", -2500, "USD", "MUSEE DU LOUVRE", "1234"],
      ["2026-11-08", null, "reversal", "posted", -15000, "USD", "HILTON TOKYO", "1007"],
      ["2026-11-10", null, "payment", "posted", -50000, "USD", "", null],
      ["2026-11-04", null, "authorisation", "pending", 50000, "JPY", "HILTON TOKYO", null],
    ]);
  });

  it("skips passcodes and adverts and explains the rest", () => {
    expect(result.skipped.map((s) => s.kind)).toEqual(["otp", "otp", "marketing"]);
    expect(result.notUnderstood.map((n) => n.reason)).toEqual(["alerts.noDate", "alerts.declined", "alerts.noAmount"]);
    expect(result.records.length + result.skipped.length + result.notUnderstood.length).toBe(20);
  });
});

describe("parseAlerts", () => {
  it("settles a missing year as the latest date not after now", () => {
    const text = "您尾号1234的信用卡12月31日23:50在LAWSON消费日元500元。【招商银行】";
    expect(parseAlerts(text, { now: new Date("2027-01-02T03:00:00Z") }).records[0]?.transactionDate).toBe("2026-12-31");
    expect(parseAlerts(text, { now: new Date("2027-01-02T03:00:00Z"), defaultYear: 2025 }).records[0]?.transactionDate).toBe("2025-12-31");
  });

  it("gives the same fingerprints when the same alerts are pasted again", () => {
    const text = readFixtureText("sms/fixtures/alerts-zh.txt");
    expect(parseAlerts(text, { now }).records.map((r) => r.fingerprint)).toEqual(parseAlerts(text, { now }).records.map((r) => r.fingerprint));
  });

  it("cuts a full card number in any message before it is read or echoed back", () => {
    const result = parseAlerts("您的卡6222020200001234562于11月03日14:25消费人民币58.00元。【工商银行】\nhello 4111 1111 1111 1111", { now });
    expect(result.records[0]?.cardLast4).toBe("4562");
    expect(result.notUnderstood.every((n) => !containsCardNumber(n.text))).toBe(true);
  });

  it("never throws and never drops a message, whatever is pasted", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const result = parseAlerts(text, { now });
        expect(result.records.length + result.skipped.length + result.notUnderstood.length).toBe(splitAlerts(text).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseAlerts on notices that a purchase has posted", () => {
  const now = new Date("2024-10-20T03:00:00Z");
  it("reads 入账 notices of a foreign purchase as the posted purchase with both amounts, not as money in", () => {
    const text = [
      "【招商银行】您尾号1234的招行信用卡03月06日入账一笔境外消费：7-ELEVEN BANGKOK TH，交易金额泰铢345.00，入账人民币69.35元。",
      "您的信用卡1234于2024年10月16日入账外币交易：LADUREE CHAMPS ELYSEES，交易金额EUR36.50，入账金额人民币283.31元。【中国银行】",
      "工商银行：您尾号1234的账户10月15日工资入账人民币5,000.00元。",
    ].join("\n\n");
    const records = parseAlerts(text, { now }).records.map((r) => [r.kind, r.state, r.billedAmountMinor, r.billedCurrency, r.originalAmountMinor, r.originalCurrency, r.merchant]);
    expect(records).toEqual([
      ["purchase", "posted", 6935, "CNY", 34_500, "THB", "7-ELEVEN BANGKOK TH"],
      ["purchase", "posted", 28_331, "CNY", 3_650, "EUR", "LADUREE CHAMPS ELYSEES"],
      ["other", "posted", -500_000, "CNY", undefined, undefined, ""],
    ]);
  });

  it("reads an English 'has been posted' alert as a posting", () => {
    const text = "Chase Freedom: An international charge of $34.88 at SOMTUM DER SILOM has been posted to your account ending in 8823 on Mar 8, 2024.";
    expect(parseAlerts(text, { now }).records.map((r) => [r.kind, r.state, r.billedAmountMinor, r.merchant])).toEqual([["purchase", "posted", 3488, "SOMTUM DER SILOM"]]);
  });
});
