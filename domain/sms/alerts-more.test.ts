import { describe, expect, it } from "vitest";
import { parseAlerts } from "./parse-alerts";
import { splitAlerts } from "./split-alerts";

const now = new Date("2026-11-20T12:00:00Z");
const read = (text: string, options: Partial<Parameters<typeof parseAlerts>[1]> = {}) =>
  parseAlerts(text, { now, ...options }).records.map((r) => [r.transactionDate, r.kind, r.billedAmountMinor, r.billedCurrency, r.cardLast4 ?? null]);

describe("splitAlerts by start patterns", () => {
  it("splits alerts pasted on one line after a closing bank tag, and after a leading timestamp", () => {
    const text = "尾号1234卡11月3日18:55支出(消费)45元，余额1,333.22元。【工商银行】尾号1234卡11月4日10:00支出(消费)12元。【工商银行】\n2026-11-05 09:00 您尾号5678的信用卡消费人民币58.00元。";
    const alerts = splitAlerts(text);
    expect(alerts.map((a) => [a.line, a.header ?? null])).toEqual([[1, null], [1, null], [2, "2026-11-05 09:00"]]);
    expect(read(text).map((r) => r[2])).toEqual([4500, 1200, 5800]);
  });
});

describe("parseAlerts readings", () => {
  it("lets the purchase verb outrank a closing disclaimer that mentions 入账", () => {
    expect(read("【中国农业银行】您6559的信用卡(附属卡)11月10日20:01消费27.40元，可用余额57821.53元，如有外币欠款以入账为准。")).toEqual([
      ["2026-11-10", "authorisation", 2740, "CNY", "6559"],
    ]);
  });

  it("reads currency names from the platform's data, not only a hand list", () => {
    expect(read("您尾号1234的信用卡11月3日消费科威特第纳尔12.500，当前可用额度5000元。【某银行】")).toEqual([["2026-11-03", "authorisation", 12500, "KWD", "1234"]]);
    expect(read("A purchase of 1,500.00 THAI BAHT was made on card x3100 at SEVEN ELEVEN on 05 Nov 2026")).toEqual([["2026-11-05", "authorisation", 150000, "THB", "3100"]]);
  });

  it("reads card endings in the common wordings", () => {
    const tails = [
      "【广东农信】您尾数0000的卡号11月01日00:05财付通支付支出人民币5.00元。",
      "您的信用卡4594于2026年11月14日，消费RMB275.00元。【中国银行】",
      "【湖南农信】您的福祥贷记卡（尾号0001)于11月12日发生一笔消费，金额120.00元。",
      "Your card ending with 1304 was used for AED 31.89 at Amazon.ae on 2026-11-18",
      "You spent £8.40 at Pret with card ···4821 on 03/11/2026",
      "Your Mashreq Credit Card XX5432 has been debited AED 500.00 at ATM on 19-NOV-2026 08:45 AM.",
    ].join("\n\n");
    expect(read(tails).map((r) => r[4])).toEqual(["0000", "4594", "0001", "1304", "4821", "5432"]);
  });

  it("reads day-only and day-month-name-year dates, never a date after the paste", () => {
    expect(read("【广发银行】您尾号2498广发卡10日09:27消费人民币40.00元。").map((r) => r[0])).toEqual(["2026-11-10"]);
    expect(read("【广发银行】您尾号2498广发卡25日09:27消费人民币40.00元。").map((r) => r[0])).toEqual(["2026-10-25"]);
    expect(read("Thank you for using NEO VISA Debit Card Card ending 2420 for AED 38.15 at Noon Minutes on 11-FEB-2026 10:01 AM.").map((r) => r[0])).toEqual(["2026-02-11"]);
    expect(read("【邮储银行】25年01月16日16:50您尾号8001账户快捷支付，支出金额1.00元").map((r) => r[0])).toEqual(["2025-01-16"]);
    expect(read("您尾号1234的信用卡12月30日消费人民币10.00元。").map((r) => r[0])).toEqual(["2025-12-30"]);
  });

  it("reads numeric dates day-first by the issuer's country when the traveller gives it", () => {
    const text = "You spent $8.40 at Pret with card ending 1234 on 03/11/2026";
    expect(read(text).map((r) => r[0])).toEqual(["2026-03-11"]);
    expect(read(text, { issuerCountry: "AU" }).map((r) => r[0])).toEqual(["2026-11-03"]);
  });

  it("does not read a card product's name as a limit", () => {
    expect(read("Your Chase Freedom Unlimited card ending in 1234 was charged $12.50 at STARBUCKS on Nov 3, 2026.")).toEqual([
      ["2026-11-03", "authorisation", 1250, "USD", "1234"],
    ]);
  });

  it("reads yen padded with zero decimals", () => {
    expect(read("您尾号1234的龙卡信用卡11月02日23:00消费/预付款858.00日元，当前可用额度123456元。实际消费金额以入账结算币种金额为准。【建设银行】")).toEqual([
      ["2026-11-02", "authorisation", 858, "JPY", "1234"],
    ]);
  });
});
