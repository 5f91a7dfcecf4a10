import { describe, expect, it } from "vitest";
import { readFixtureText } from "@/domain/statements/fixtures/read-fixture";
import { toDayNumber } from "@/domain/calendar";
import { parseEcbReferenceRates } from "./ecb-reference-rates";
import { createRateChain, findChainRate } from "./rate-chain";

describe("parseEcbReferenceRates", () => {
  it("reads the ECB's daily XML (single-quoted attributes): 31 currencies for 2022-07-08, HRK (retired by ISO since) left out", () => {
    const { quotes, issues } = parseEcbReferenceRates(readFixtureText("fx/fixtures/eurofxref-daily.xml"));
    expect(issues).toEqual([]);
    expect(quotes).toHaveLength(30);
    expect(quotes.find((q) => q.quote === "THB")).toEqual({ base: "EUR", quote: "THB", rate: "36.602", asOf: "2022-07-08", source: "ECB" });
  });

  it("reads the 90-day history XML (double quotes, one day per line) day by day", () => {
    const { quotes, issues } = parseEcbReferenceRates(readFixtureText("fx/fixtures/eurofxref-hist-90d-excerpt.xml"));
    expect(issues).toEqual([]);
    expect(new Set(quotes.map((q) => q.asOf))).toEqual(new Set(["2017-03-01", "2017-03-02", "2017-03-03"]));
    expect(quotes.find((q) => q.asOf === "2017-03-02" && q.quote === "USD")?.rate).toBe("1.0514");
  });

  it("reads the daily CSV (\", \" separators, English date, trailing comma)", () => {
    const { quotes, issues } = parseEcbReferenceRates(readFixtureText("fx/fixtures/eurofxref.csv"));
    expect(issues).toEqual([]);
    expect(quotes).toHaveLength(30);
    expect(quotes.find((q) => q.quote === "KRW")).toEqual({ base: "EUR", quote: "KRW", rate: "1314.41", asOf: "2018-01-25", source: "ECB" });
  });

  it("reads the history CSV and skips N/A and retired currencies (CYP, EEK, LTL …)", () => {
    const { quotes, issues } = parseEcbReferenceRates(readFixtureText("fx/fixtures/eurofxref-hist-excerpt.csv"));
    expect(issues).toEqual([]);
    expect(quotes.filter((q) => q.asOf === "2014-08-25").map((q) => q.quote)).not.toContain("LTL");
    expect(quotes.find((q) => q.asOf === "2014-08-25" && q.quote === "THB")?.rate).toBe("42.219");
  });

  it("never throws on other text: an unknown format or a bad rate is an issue", () => {
    expect(parseEcbReferenceRates("hello").issues).toEqual([{ line: 1, message: "fx.ecb.unknownFormat" }]);
    const bad = parseEcbReferenceRates("<Cube><Cube time='2022-07-08'><Cube currency='USD' rate='abc'/></Cube></Cube>");
    expect(bad.quotes).toEqual([]);
    expect(bad.issues).toEqual([{ line: 1, message: "fx.ecb.badRate" }]);
  });
});

describe("ECB rates in the rate chain", () => {
  it("crosses THB → CNY through the euro: 6.8095 / 36.602 = 0.18604 CNY per baht", () => {
    const chain = createRateChain(parseEcbReferenceRates(readFixtureText("fx/fixtures/eurofxref-daily.xml")).quotes);
    // A Sunday slip uses Friday's publication (no quotes on weekends).
    const found = findChainRate(chain, "THB", "CNY", toDayNumber("2022-07-10"))!;
    expect(found.kind).toBe("reference");
    expect(found.provenance).toEqual({ kind: "reference", from: "THB", to: "CNY", rate: "0.186042", asOf: "2022-07-08", via: ["EUR"], basis: 1, source: "ECB" });
  });

  it("crosses a pegged currency the ECB does not quote: AED → USD by the peg, then USD → EUR → GBP", () => {
    const chain = createRateChain(parseEcbReferenceRates(readFixtureText("fx/fixtures/eurofxref-daily.xml")).quotes);
    const found = findChainRate(chain, "AED", "GBP", toDayNumber("2022-07-08"))!;
    // 1 / 3.6725 USD × 0.84585 / 1.0163 GBP per USD = 0.226626 GBP per dirham.
    expect(found.provenance).toMatchObject({ kind: "reference", rate: "0.226626", via: ["USD", "EUR"], source: "ECB" });
  });
});
