import { describe, expect, it } from "vitest";
import { BANDS, isWithinBand, measureDeviationBp, parseDecimalRate, toMinorRate } from "./fx-tolerance";

const thbToCny = toMinorRate(parseDecimalRate("0.1963")!, "THB", "CNY")!;
const jpyToCny = toMinorRate(parseDecimalRate("0.0473")!, "JPY", "CNY")!;

describe("isWithinBand", () => {
  it("accepts CNY 252.30 for THB 1,250.00 at a table rate of 0.1963 (+2.82 %)", () => {
    expect(measureDeviationBp(125_000, 25_230, thbToCny)).toBe(282);
    expect(isWithinBand(125_000, 25_230, thbToCny, BANDS.rateTable)).toBe(true);
  });

  it("refuses CNY 260.00 for THB 1,250.00 at the same rate (+5.96 %)", () => {
    expect(isWithinBand(125_000, 26_000, thbToCny, BANDS.rateTable)).toBe(false);
  });

  it("handles currencies without minor units: JPY 1,280 at 0.0473 is CNY 60.544", () => {
    expect(measureDeviationBp(1280, 6055, jpyToCny)).toBe(0);
    expect(isWithinBand(1280, 6055, jpyToCny, BANDS.impliedFx)).toBe(true);
  });

  it("decides exactly at the band's edge, with no float rounding", () => {
    // 10 000.00 at rate 1 with a +3 % band: 10 300.00 is in, 10 300.01 is out.
    const one = { num: 1n, den: 1n };
    expect(isWithinBand(1_000_000, 1_030_000, one, BANDS.impliedFx)).toBe(true);
    expect(isWithinBand(1_000_000, 1_030_001, one, BANDS.impliedFx)).toBe(false);
    expect(isWithinBand(1_000_000, 970_000, one, BANDS.impliedFx)).toBe(true);
    expect(isWithinBand(1_000_000, 969_999, one, BANDS.impliedFx)).toBe(false);
  });
});

describe("parseDecimalRate", () => {
  it("reads decimals exactly and refuses zero or text", () => {
    expect(parseDecimalRate("162.41")).toEqual({ num: 16241n, den: 100n });
    expect(parseDecimalRate("0")).toBeNull();
    expect(parseDecimalRate("1,5")).toBeNull();
  });
});
