import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyExponent, listCurrencies } from "./currency";
import { formatMinorAsDecimal, formatMoney } from "./format-money";
import { MAX_MINOR_UNITS, parseAmount } from "./parse-amount";

const currencies = listCurrencies();
const anyCurrency = fc.constantFrom(...currencies);
const anyMinor = fc.integer({ min: 0, max: MAX_MINOR_UNITS });
const appLocales = ["en", "de", "fr", "zh-CN", "ja"] as const;

describe("money round trips", () => {
  it("covers currencies with 0, 2 and 3 decimals", () => {
    const exponents = new Set(currencies.map((code) => currencyExponent(code)));
    expect([...exponents].sort()).toEqual([0, 2, 3]);
  });

  it("reads back every plain decimal it writes", () => {
    fc.assert(
      fc.property(anyMinor, anyCurrency, (minor, currency) => {
        expect(parseAmount(formatMinorAsDecimal(minor, currency), currency)).toEqual({ ok: true, minor });
      }),
      { numRuns: 2000 },
    );
  });

  it.each(appLocales)("reads back every amount formatted for %s", (locale) => {
    fc.assert(
      fc.property(anyMinor, anyCurrency, (minor, currency) => {
        const shown = formatMoney(minor, currency, locale);
        expect(parseAmount(shown, currency, { locale })).toEqual({ ok: true, minor });
      }),
      { numRuns: 1000 },
    );
  });

  it("reads back small amounts, where a lone separator is most ambiguous", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), anyCurrency, fc.constantFrom(...appLocales), (minor, currency, locale) => {
        expect(parseAmount(formatMoney(minor, currency, locale), currency, { locale })).toEqual({ ok: true, minor });
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses safe integers above the bound as too large, never as a wrong number", () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_MINOR_UNITS + 1, max: Number.MAX_SAFE_INTEGER }), anyCurrency, (minor, currency) => {
        expect(parseAmount(formatMinorAsDecimal(minor, currency), currency)).toEqual({ ok: false, reason: "tooLarge" });
      }),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), anyCurrency, fc.constantFrom(undefined, ...appLocales), (text, currency, locale) => {
        const result = parseAmount(text, currency, { locale });
        if (result.ok) expect(Number.isSafeInteger(result.minor) && result.minor >= 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
