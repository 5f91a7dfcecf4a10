import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/domain/calendar";
import { createRateBook, findRate, observeRate } from "./rate-book";

const day = (date: string) => toDayNumber(date);

describe("findRate", () => {
  it("prefers the rate implied by the traveller's own records over the table", () => {
    const book = createRateBook([{ base: "THB", quote: "CNY", rate: "0.2000", asOf: "2026-03-01" }]);
    observeRate(book, "THB", "CNY", 24_500, 4_812, day("2026-03-02"));
    const found = findRate(book, "THB", "CNY", day("2026-03-03"))!;
    expect(found.path).toBe("impliedFx");
    expect(found.rate).toEqual({ num: 1203n, den: 6125n }); // 4 812 / 24 500, reduced
    expect(found.provenance).toEqual({ kind: "ownRecords", from: "THB", to: "CNY", rate: "0.196408", asOf: "2026-03-02", via: [], basis: 1 });
  });

  it("takes the median of the three days nearest the slip", () => {
    const book = createRateBook();
    observeRate(book, "EUR", "GBP", 10_000, 8_600, day("2026-09-01"));
    observeRate(book, "EUR", "GBP", 10_000, 8_700, day("2026-09-02"));
    observeRate(book, "EUR", "GBP", 10_000, 9_900, day("2026-09-03")); // an outlier day
    observeRate(book, "EUR", "GBP", 10_000, 8_000, day("2026-08-01")); // far away
    expect(findRate(book, "EUR", "GBP", day("2026-09-02"))?.rate).toEqual({ num: 87n, den: 100n });
    // Last month's trip is more than 45 days away from a slip in November: it proves nothing.
    expect(findRate(book, "EUR", "GBP", day("2026-11-20"))).toBeNull();
  });

  it("uses a table quote in either direction, nearest in date", () => {
    const book = createRateBook([
      { base: "USD", quote: "KRW", rate: "1368.0", asOf: "2026-05-06" },
      { base: "KRW", quote: "USD", rate: "0.000700", asOf: "2026-01-01" },
    ]);
    const found = findRate(book, "KRW", "USD", day("2026-05-05"));
    expect(found?.path).toBe("rateTable");
    // 1 USD = 1368.0 KRW → 1 KRW = 100 / 1368 US cents per won.
    expect(Number(found!.rate.num) / Number(found!.rate.den)).toBeCloseTo(100 / 1368, 10);
  });

  it("returns null when nothing relates the two currencies", () => {
    expect(findRate(createRateBook(), "MXN", "USD", day("2026-02-11"))).toBeNull();
  });
});
