import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount";

type Row = [input: string, currency: string, locale: string | undefined, minor: number];

describe("parseAmount", () => {
  it.each<Row>([
    // exponent 0
    ["1280", "JPY", undefined, 1280],
    ["1,280", "JPY", undefined, 1280],
    ["1,280", "JPY", "de", 1280],
    ["1.280", "JPY", "en", 1280],
    ["¥1,280", "JPY", "ja", 1280],
    ["￥1,280", "JPY", "ja", 1280],
    ["1280円", "JPY", "ja", 1280],
    ["1 280 JPY", "JPY", "fr", 1280],
    ["JP¥1,280", "JPY", "zh-CN", 1280],
    ["１２８０", "JPY", undefined, 1280],
    ["１，２８０円", "JPY", "ja", 1280],
    ["100 日元", "JPY", "zh-CN", 100],
    ["₩15,000", "KRW", "ko", 15000],
    ["15000원", "KRW", "ko", 15000],
    // exponent 2
    ["1,234.56", "USD", "en", 123456],
    ["1.234,56", "EUR", "de", 123456],
    ["1 234,56", "EUR", "fr", 123456],
    ["1\u202f234,56 €", "EUR", "fr", 123456],
    ["1\u00a0234,56", "EUR", undefined, 123456],
    ["1'234.56", "CHF", "de-CH", 123456],
    ["1’234.56", "CHF", undefined, 123456],
    ["€12,50", "EUR", undefined, 1250],
    ["12,50 €", "EUR", "de", 1250],
    ["12.50 EUR", "EUR", undefined, 1250],
    ["12.50eur", "EUR", undefined, 1250],
    ["THB 1,250.00", "THB", "th", 125000],
    ["฿1,250", "THB", "th", 125000],
    ["1.234", "EUR", "de", 123400],
    ["1,234", "USD", "en", 123400],
    ["1.234", "EUR", undefined, 123400],
    ["1,234", "EUR", undefined, 123400],
    ["12.5", "EUR", undefined, 1250],
    [".50", "EUR", undefined, 50],
    ["0,05", "EUR", "fr", 5],
    ["¥88.00", "CNY", "zh-CN", 8800],
    ["88元", "CNY", "zh-CN", 8800],
    ["RMB 88", "CNY", undefined, 8800],
    ["12。50", "CNY", "zh-CN", 1250],
    ["₹1,23,456.00", "INR", "en-IN", 12345600],
    ["Rs.1,234", "INR", undefined, 123400],
    ["HK$1,234.50", "HKD", undefined, 123450],
    ["US$5", "USD", "zh-CN", 500],
    ["1.234.567,89", "EUR", undefined, 123456789],
    ["1,234,567.89", "EUR", undefined, 123456789],
    ["007", "EUR", undefined, 700],
    ["0", "EUR", undefined, 0],
    // exponent 3
    ["3.250", "KWD", undefined, 3250],
    ["3.250", "KWD", "en", 3250],
    ["3,250", "KWD", "de", 3250],
    ["3,250", "KWD", "en", 3250000],
    ["KWD 1,234.567", "KWD", undefined, 1234567],
    ["1.234,567 KWD", "KWD", "de", 1234567],
    ["د.ك.‏ 3.250", "KWD", "ar", 3250],
    ["BHD 0.5", "BHD", undefined, 500],
    ["٣٫٢٥٠", "KWD", undefined, 3250],
  ])("reads %j in %s (locale %s) as %i minor units", (input, currency, locale, minor) => {
    expect(parseAmount(input, currency, { locale })).toEqual({ ok: true, minor });
  });

  type Refusal = [input: string, currency: string, locale: string | undefined, reason: string];
  it.each<Refusal>([
    ["", "EUR", undefined, "empty"],
    ["   ", "EUR", undefined, "empty"],
    ["12", "ZZZ", undefined, "unknownCurrency"],
    ["12", "", undefined, "unknownCurrency"],
    ["abc", "EUR", undefined, "invalid"],
    ["12.50 USD", "EUR", undefined, "invalid"],
    ["€12", "JPY", undefined, "invalid"],
    ["about 12", "EUR", undefined, "invalid"],
    ["12.", "EUR", undefined, "invalid"],
    ["1..2", "EUR", undefined, "invalid"],
    ["1.2.3", "EUR", undefined, "invalid"],
    ["1,23.45", "USD", undefined, "invalid"],
    ["12 50", "EUR", undefined, "invalid"],
    ["1 234'567", "EUR", undefined, "invalid"],
    ["1.234,567.89", "EUR", undefined, "invalid"],
    ["1e5", "EUR", undefined, "invalid"],
    ["12/50", "EUR", undefined, "invalid"],
    ["1,28", "JPY", undefined, "tooManyDecimals"],
    ["1280.00", "JPY", undefined, "tooManyDecimals"],
    ["12.345", "EUR", "en", "tooManyDecimals"],
    ["1.234", "EUR", "zh-CN", "tooManyDecimals"],
    ["1,234", "EUR", "fr", "tooManyDecimals"],
    ["0.500", "EUR", undefined, "tooManyDecimals"],
    ["1234.567", "USD", undefined, "tooManyDecimals"],
    ["3.2500", "KWD", undefined, "tooManyDecimals"],
    ["-5", "EUR", undefined, "negative"],
    ["−12,50 €", "EUR", "de", "negative"],
    ["(5.00)", "USD", undefined, "negative"],
    ["1000000000001", "JPY", undefined, "tooLarge"],
    ["99999999999999999999", "EUR", undefined, "tooLarge"],
    ["1".repeat(80), "JPY", undefined, "invalid"],
  ])("refuses %j in %s (locale %s) as %s", (input, currency, locale, reason) => {
    expect(parseAmount(input, currency, { locale })).toEqual({ ok: false, reason });
  });

  it("accepts exactly the upper bound of 10^12 minor units", () => {
    expect(parseAmount("10,000,000,000.00", "EUR")).toEqual({ ok: true, minor: 1_000_000_000_000 });
  });

  it("falls back to '.' as decimal separator for a malformed locale instead of throwing", () => {
    expect(parseAmount("3.250", "KWD", { locale: "not a locale!" })).toEqual({ ok: true, minor: 3250 });
  });
});
