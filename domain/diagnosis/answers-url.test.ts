import { describe, expect, it } from "vitest";
import { decodeAnswers, encodeAnswers } from "./answers-url";
import { listOptionValues, QUESTIONS } from "./questions";

/** What Next.js hands a page: searchParams decoded from the query string. */
function toSearchParams(query: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const existing = params[key];
    params[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}

describe("encodeAnswers", () => {
  it("writes short parameter names, one per answered question", () => {
    expect(encodeAnswers({ screenText: "COMMS ERROR", answers: { otherCardsWork: "no", slipPrinted: "offlineApproved" } })).toBe(
      "t=COMMS+ERROR&oc=n&sp=oa",
    );
  });

  it("leaves out empty text, unknown questions and invalid values", () => {
    expect(encodeAnswers({ screenText: "   ", answers: { bogus: "yes", entryMode: "sideways" } })).toBe("");
  });

  it("uses distinct parameter names and option codes", () => {
    const params = QUESTIONS.map((question) => question.param);
    expect(new Set([...params, "t"]).size).toBe(params.length + 1);
    for (const question of QUESTIONS) {
      const codes = question.options.map((option) => option.code);
      expect(new Set([...codes, "u"]).size, question.id).toBe(codes.length + 1);
    }
  });
});

describe("decodeAnswers", () => {
  it("round-trips every answer of every question, unknown included", () => {
    for (const question of QUESTIONS) {
      for (const value of listOptionValues(question.id)) {
        const input = { screenText: "响应码 51 / DECLINED", answers: { [question.id]: value } };
        expect(decodeAnswers(toSearchParams(encodeAnswers(input)))).toEqual(input);
      }
    }
  });

  it("round-trips a full set of answers and text with emoji and line breaks", () => {
    const answers = Object.fromEntries(QUESTIONS.map((question, i) => [question.id, listOptionValues(question.id)[i % 3]!]));
    const input = { screenText: "UNABLE TO GO ONLINE\nY3 💳 & = ? #", answers };
    expect(decodeAnswers(toSearchParams(encodeAnswers(input)))).toEqual(input);
  });

  it("ignores bad parameters and keeps the good ones", () => {
    expect(decodeAnswers({ oc: "maybe", sp: ["zz", "oa"], xx: "1", em: undefined, t: "" })).toEqual({
      answers: { slipPrinted: "offlineApproved" },
    });
    expect(decodeAnswers({ __proto__: "y", constructor: "n" } as never)).toEqual({ answers: {} });
    expect(decodeAnswers(null as never)).toEqual({ answers: {} });
  });

  it("accepts full question ids and values from hand-written links", () => {
    expect(decodeAnswers({ otherCardsWork: "no", entryMode: "tap" })).toEqual({ answers: { otherCardsWork: "no", entryMode: "tap" } });
  });

  it("cuts screen text to 2000 characters", () => {
    expect(decodeAnswers({ t: "a".repeat(5000) }).screenText).toHaveLength(2000);
  });
});
