import { describe, expect, it } from "vitest";
import { compareCredit } from "./compare-credit";
import { matchSlips } from "./match-slips";
import { makeRecord, makeSlip } from "./test-fixtures";

const gbp = (billed: number, eur?: number) => ({ billedAmountMinor: billed, billedCurrency: "GBP", ...(eur === undefined ? {} : { originalAmountMinor: eur, originalCurrency: "EUR" }) });

describe("compareCredit", () => {
  it("calls a refund of the same foreign amount full, although more came back at the new rate", () => {
    // EUR 180.00 charged GBP 150.21 on 10-16, refunded GBP 150.50 on 10-18 (Monzo).
    expect(compareCredit(gbp(-15_050, -18_000), gbp(15_021, 18_000), true)).toEqual({ givenBack: 15_021, isFull: true, isOver: false });
  });

  it("calls a refund within ±3 % full when neither record shows the foreign amount and the payment was abroad", () => {
    expect(compareCredit(gbp(-20_884), gbp(20_953), true)).toMatchObject({ isFull: true });
    expect(compareCredit(gbp(-20_884), gbp(20_953), false)).toMatchObject({ isFull: false, givenBack: 20_884 });
    expect(compareCredit(gbp(-10_000), gbp(20_953), true)).toMatchObject({ isFull: false, givenBack: 10_000 });
  });

  it("measures a partial refund in foreign amounts and cannot compare unrelated currencies", () => {
    expect(compareCredit(gbp(-7_500, -9_000), gbp(15_021, 18_000), true)).toEqual({ givenBack: 7_511, isFull: false, isOver: false });
    expect(compareCredit({ billedAmountMinor: -100, billedCurrency: "USD" }, gbp(15_021, 18_000), true)).toBeNull();
  });
});

describe("a refund at a new rate (matchSlips)", () => {
  it("joins the purchase it refunds even when more comes back than was charged", () => {
    const slip = makeSlip("s", { merchantName: "Galeries Lafayette", city: "Paris", country: "FR", amountMinor: 18_000, currency: "EUR", localDateTime: "2024-10-16T15:00" });
    const records = [
      makeRecord("p", { transactionDate: "2024-10-16", billedCurrency: "GBP", billedAmountMinor: 15_021, originalAmountMinor: 18_000, originalCurrency: "EUR", merchant: "GALERIES LAFAYETTE PARIS" }),
      makeRecord("r", { kind: "refund", transactionDate: "2024-10-18", billedCurrency: "GBP", billedAmountMinor: -15_050, originalAmountMinor: -18_000, originalCurrency: "EUR", merchant: "GALERIES LAFAYETTE PARIS" }),
    ];
    const result = matchSlips({ slips: [slip], records, today: "2024-11-02" });
    expect(result.charges).toEqual([{ slipId: "s", charges: [{ id: "c-p", postingId: "p", creditIds: ["r"] }] }]);
  });
});
