import { describe, expect, it } from "vitest";
import { formatMinorAsDecimal, formatMoney } from "./format-money";

/** Intl puts U+00A0 / U+202F in some locales; compare with plain spaces for readability. */
function withPlainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}

describe("formatMinorAsDecimal", () => {
  it.each([
    [123456, "EUR", "1234.56"],
    [5, "EUR", "0.05"],
    [0, "EUR", "0.00"],
    [1280, "JPY", "1280"],
    [3250, "KWD", "3.250"],
    [7, "BHD", "0.007"],
    [-5, "USD", "-0.05"],
    [Number.MAX_SAFE_INTEGER, "USD", "90071992547409.91"],
  ])("writes %i minor units of %s as %j", (minor, currency, expected) => {
    expect(formatMinorAsDecimal(minor, currency)).toBe(expected);
  });

  it("refuses amounts that are not safe integers and unknown currencies", () => {
    expect(() => formatMinorAsDecimal(12.5, "EUR")).toThrow(RangeError);
    expect(() => formatMinorAsDecimal(2 ** 60, "EUR")).toThrow(RangeError);
    expect(() => formatMinorAsDecimal(1, "ZZZ")).toThrow(RangeError);
  });
});

describe("formatMoney", () => {
  it.each([
    [123456, "EUR", "en", "€1,234.56"],
    [123456, "EUR", "de", "1.234,56 €"],
    [123456, "EUR", "fr", "1 234,56 €"],
    [123456, "EUR", "zh-CN", "€1,234.56"],
    [123456, "EUR", "ja", "€1,234.56"],
    [1280, "JPY", "en", "¥1,280"],
    [1280, "JPY", "de", "1.280 ¥"],
    [1280, "JPY", "fr", "1 280 JPY"],
    [1280, "JPY", "zh-CN", "JP¥1,280"],
    [1280, "JPY", "ja", "￥1,280"],
    [3250, "KWD", "en", "KWD 3.250"],
    [3250, "KWD", "de", "3,250 KWD"],
    [3250, "KWD", "fr", "3,250 KWD"],
    [8800, "CNY", "zh-CN", "¥88.00"],
    [-5, "USD", "en", "-$0.05"],
  ])("shows %i minor units of %s in %s as %j", (minor, currency, locale, expected) => {
    expect(withPlainSpaces(formatMoney(minor, currency, locale))).toBe(expected);
  });

  it("prints every cent of amounts too large for a float to hold exactly", () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "USD", "en")).toBe("$90,071,992,547,409.91");
  });

  it("shows ISO decimals even where CLDR would round them away", () => {
    expect(withPlainSpaces(formatMoney(150_000_00, "IDR", "en"))).toBe("IDR 150,000.00");
  });

  it("falls back to English for a malformed locale", () => {
    expect(formatMoney(1250, "EUR", "en_US!!")).toBe("€12.50");
  });
});
