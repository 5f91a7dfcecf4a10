import { describe, expect, it } from "vitest";
import { currencyExponent, isCurrencyCode, listCurrencies } from "./currency";

describe("currencyExponent", () => {
  it.each([
    ["JPY", 0], ["KRW", 0], ["VND", 0], ["USD", 2], ["EUR", 2], ["CNY", 2], ["THB", 2],
    ["IDR", 2], ["KWD", 3], ["BHD", 3], ["OMR", 3], ["TND", 3],
  ])("gives %s %i minor digits, as ISO 4217 says", (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it("accepts a lower-case code typed by hand", () => {
    expect(currencyExponent("jpy")).toBe(0);
  });

  it.each(["", "EU", "EURO", "ABC", "XAU", "XXX", "CLF"])("knows nothing payable called %j", (code) => {
    expect(currencyExponent(code)).toBeNull();
    expect(isCurrencyCode(code)).toBe(false);
  });
});

describe("listCurrencies", () => {
  it("lists the currencies travellers pay in, sorted, and only those", () => {
    const codes = listCurrencies();
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(["CNY", "EUR", "JPY", "KWD", "THB", "USD"]));
    expect(codes).not.toContain("XAU");
    expect(codes.every((code) => /^[A-Z]{3}$/.test(code) && isCurrencyCode(code))).toBe(true);
  });

  it("hands out a copy, so a caller cannot corrupt the list", () => {
    listCurrencies().pop();
    expect(listCurrencies()).toContain("ZWG");
  });
});
