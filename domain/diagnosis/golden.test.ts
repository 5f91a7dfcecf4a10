import { describe, expect, it } from "vitest";
import { CAUSE_IDS, type CauseId } from "./causes";
import { diagnose } from "./diagnose";
import goldenCases from "./golden-cases.json";

type GoldenCase = {
  id: string;
  lang: "en" | "zh-CN";
  description: string;
  screenText: string;
  answers: Record<string, string>;
  expected: CauseId;
};

const cases = goldenCases as GoldenCase[];
const REQUIRED_ACCURACY = 0.9;

describe("diagnose", () => {
  it("keeps the golden set realistic: at least 44 cases, half in Chinese, every cause covered", () => {
    expect(cases.length).toBeGreaterThanOrEqual(44);
    expect(cases.filter((c) => c.lang === "zh-CN").length * 2).toBeGreaterThanOrEqual(cases.length);
    // Written before the card-restricted cause existed (issue 12): every other cause is covered.
    expect(new Set(cases.map((c) => c.expected))).toEqual(new Set(CAUSE_IDS.filter((id) => id !== "cardRestricted")));
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it(`names the expected main cause in at least ${REQUIRED_ACCURACY * 100} % of the golden cases`, () => {
    const misses: string[] = [];
    for (const golden of cases) {
      const top = diagnose({ screenText: golden.screenText, answers: golden.answers }).causes[0]?.id;
      if (top !== golden.expected) misses.push(`${golden.id}: expected ${golden.expected}, got ${top}`);
    }
    const hits = cases.length - misses.length;
    const accuracy = hits / cases.length;
    console.log(`diagnosis golden set: top-1 accuracy ${hits}/${cases.length} = ${(accuracy * 100).toFixed(1)}%`);
    if (misses.length > 0) console.log(misses.join("\n"));
    expect(accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});
