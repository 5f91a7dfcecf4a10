import { describe, expect, it } from "vitest";
import type { SlipReading } from "@/domain/slips/read-slip";
import { lastFourOf, withCardPass } from "./card-second-pass";

const first = (value: string) => ({ fields: { cardLast4: { value, confidence: 0.6, reason: "masked card number" } } });

describe("lastFourOf", () => {
  it("takes exactly four digits and nothing longer, so no longer number can come out", () => {
    expect(lastFourOf(" 43 30\n")).toBe("4330");
    expect(lastFourOf("21710")).toBeNull();
    expect(lastFourOf("")).toBeNull();
  });
});

describe("withCardPass", () => {
  it("replaces a last 4 the mask spoiled, is surer when both passes agree, and keeps the first pass without a second", () => {
    expect(withCardPass(first("5704"), { value: "2704", confidence: 0.9 }).fields.cardLast4).toMatchObject({ value: "2704", confidence: 0.81 });
    expect(withCardPass(first("2704"), { value: "2704", confidence: 0.9 }).fields.cardLast4?.confidence).toBe(0.95);
    expect(withCardPass(first("2704"), null).fields.cardLast4).toEqual(first("2704").fields.cardLast4);
    expect(withCardPass<Pick<SlipReading, "fields">>({ fields: {} }, { value: "6323", confidence: 0.8 }).fields.cardLast4?.value).toBe("6323");
  });
});
