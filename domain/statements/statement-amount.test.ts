import { describe, expect, it } from "vitest";
import { convertMinorByRate, detectDecimalSeparator, parseSignedAmount, splitAmountAndCode, toBilledMinor } from "./statement-amount";

describe("parseSignedAmount", () => {
  it.each([
    ["-12.50", "EUR", ".", -1250, null],
    ["(12.50)", "USD", ".", -1250, null],
    ["12,50-", "EUR", ",", -1250, null],
    ["1.234,56", "EUR", ",", 123456, null],
    ["1,234.56", "USD", ".", 123456, null],
    ["+1.234,56", "EUR", ",", 123456, null],
    ["12.50 CR", "GBP", ".", 1250, "CR"],
    ["DR 12.50", "GBP", ".", 1250, "DR"],
    ["1280.00", "JPY", ".", 1280, null],
    ["-3.250", "KWD", ".", -3250, null],
  ] as const)("reads %s in %s", (text, currency, separator, minor, marker) => {
    expect(parseSignedAmount(text, currency, separator)).toEqual({ ok: true, minor, marker });
  });

  it("refuses what is not an amount, and extra non-zero decimals", () => {
    for (const text of ["", "abc", "12.505", "1280.50"]) expect(parseSignedAmount(text, text === "1280.50" ? "JPY" : "EUR", ".").ok).toBe(false);
  });
});

describe("toBilledMinor", () => {
  it("follows CR/DR markers whatever the column's sign convention", () => {
    expect(toBilledMinor({ minor: 1250, marker: "CR" }, "positive")).toBe(-1250);
    expect(toBilledMinor({ minor: 1250, marker: "DR" }, "negative")).toBe(1250);
    expect(toBilledMinor({ minor: -1250, marker: null }, "negative")).toBe(1250);
    expect(toBilledMinor({ minor: -1250, marker: null }, "positive")).toBe(-1250);
  });
});

describe("detectDecimalSeparator", () => {
  it("votes over the column and ignores the ambiguous 1,234", () => {
    expect(detectDecimalSeparator(["1,234", "12,50", "3,20"])).toBe(",");
    expect(detectDecimalSeparator(["1,234.56", "12.50"])).toBe(".");
    expect(detectDecimalSeparator(["1,234", "5"])).toBeUndefined();
  });
});

describe("splitAmountAndCode", () => {
  it("separates an ISO code or currency word from the number", () => {
    expect(splitAmountAndCode("THB 1,250.00")).toEqual({ code: "THB", text: "1,250.00" });
    expect(splitAmountAndCode("1,250.00(THB)")).toEqual({ code: "THB", text: "1,250.00" });
    expect(splitAmountAndCode("58.00")).toEqual({ text: "58.00" });
  });
});

describe("convertMinorByRate", () => {
  it("multiplies and divides exactly with half-up rounding across exponents", () => {
    expect(convertMinorByRate(3480, 2, 2, "0.02784", "divide")).toBe(125000);
    expect(convertMinorByRate(2160, 2, 2, "0.864", "multiply")).toBe(1866);
    expect(convertMinorByRate(5000, 0, 2, "0.0062", "multiply")).toBe(3100);
    expect(convertMinorByRate(-100, 2, 2, "3", "divide")).toBe(-33);
    expect(convertMinorByRate(100, 2, 2, "0", "divide")).toBeNull();
  });
});
