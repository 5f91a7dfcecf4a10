import { describe, expect, it } from "vitest";
import { diagnosisInputSchema, truncateScreenText } from "./diagnosis-input";

describe("diagnosisInputSchema", () => {
  it("trims and cuts the screen text instead of refusing it", () => {
    const parsed = diagnosisInputSchema.parse({ screenText: `  ${"x".repeat(3000)}  `, answers: {} });
    expect(parsed.screenText).toHaveLength(2000);
    expect(diagnosisInputSchema.parse({ screenText: "  COMMS ERROR \n", answers: {} }).screenText).toBe("COMMS ERROR");
  });

  it("keeps only known questions with valid values", () => {
    const parsed = diagnosisInputSchema.parse({
      screenText: "Z3",
      answers: { otherCardsWork: "no", entryMode: "sideways", bogus: "yes", notification: 3, cardBrand: "unknown" },
      locale: "zh-CN",
    });
    expect(parsed).toEqual({ screenText: "Z3", answers: { otherCardsWork: "no", cardBrand: "unknown" } });
  });

  it("never fails on odd shapes", () => {
    for (const input of [{}, { screenText: 42, answers: "x" }, { answers: null }, { answers: ["no"] }]) {
      expect(diagnosisInputSchema.safeParse(input)).toMatchObject({ success: true, data: { answers: {} } });
    }
  });
});

describe("truncateScreenText", () => {
  it("does not split an emoji at the limit", () => {
    const text = `${"a".repeat(1999)}💳`;
    expect(truncateScreenText(text)).toBe("a".repeat(1999));
  });
});
