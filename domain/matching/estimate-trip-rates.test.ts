import { describe, expect, it } from "vitest";
import { matchSlips } from "./match-slips";
import { makeRecord, makeSlip } from "./test-fixtures";
import type { MatchRecord, MatchSlip } from "./match-types";

/** A Chase-style card: CNY postings only, no local amount, no rate anywhere. 1 THB ≈ 0.2012 CNY with the fee. */
function trip() {
  const slips: MatchSlip[] = [
    makeSlip("s1", { merchantName: "Jay Fai", localDateTime: "2026-03-02T19:40", amountMinor: 100_000 }),
    makeSlip("s2", { merchantName: "Baan Silk Chatuchak", localDateTime: "2026-03-03T11:20", amountMinor: 65_000 }),
    makeSlip("s3", { merchantName: "Pier 21 Food Court", localDateTime: "2026-03-04T12:30", amountMinor: 18_000 }),
    makeSlip("s4", { merchantName: "Siam Paragon Gourmet", localDateTime: "2026-03-05T17:05", amountMinor: 243_000 }),
  ];
  const cny = (id: string, date: string, billed: number, merchant: string): MatchRecord =>
    makeRecord(id, { transactionDate: date, postingDate: date, billedAmountMinor: billed, originalAmountMinor: undefined, originalCurrency: undefined, merchant });
  const records: MatchRecord[] = [
    cny("r1", "2026-03-03", 20_120, "JAY FAI BANGKOK TH"),
    cny("r2", "2026-03-04", 13_090, "BAAN SILK CHATUCHAK BKK"),
    cny("r3", "2026-03-05", 3_622, "PIER 21 FOOD COURT TERMI"),
    cny("r4", "2026-03-06", 48_920, "SIAM PARAGON GOURMET MKT"),
    // noise: other purchases on the same card and days
    cny("n1", "2026-03-03", 5_500, "STARBUCKS SIAM"),
    cny("n2", "2026-03-04", 12_800, "BOOTS SUKHUMVIT"),
    cny("n3", "2026-03-05", 3_600, "GRAB* RIDE"),
  ];
  return { slips, records };
}

describe("estimating the trip's rate (matchSlips)", () => {
  it("links every slip when nothing but the data itself gives the THB → CNY rate", () => {
    const { slips, records } = trip();
    const result = matchSlips({ slips, records, today: "2026-03-20" });
    const links = Object.fromEntries(result.matches.map((m) => [m.slipId, m.recordId]));
    expect(links).toEqual({ s1: "r1", s2: "r2", s3: "r3", s4: "r4" });
    expect(result.rateFindings).toEqual([
      expect.objectContaining({ from: "THB", to: "CNY", outcome: "estimated", support: 4, slips: 4 }),
    ]);
    const m = result.matches.find((x) => x.slipId === "s3")!;
    expect(m.score?.currencyPath).toBe("estimatedFx");
    expect(m.score?.rate).toMatchObject({ kind: "estimated", from: "THB", to: "CNY", basis: 4 });
    expect(m.reasons.map((r) => r.key)).toContain("match.rate.estimated");
  });

  it("says the data cannot support a rate when only one slip has a plausible record", () => {
    const { slips, records } = trip();
    const result = matchSlips({ slips: slips.slice(0, 1), records, today: "2026-03-20" });
    expect(result.rateFindings).toEqual([expect.objectContaining({ outcome: "tooFew", support: 1 })]);
    expect(result.unmatchedSlips).toEqual(["s1"]);
  });
});
