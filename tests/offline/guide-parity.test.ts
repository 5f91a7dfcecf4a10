/**
 * The offline guide (domain/diagnosis/run-guide.ts in the browser) must reach the same result as
 * the server page for the same URL: same causes and likelihoods, same reasons, next question,
 * advice and address-bar query — on every golden case, in both languages, through the URL the
 * guide's forms produce. Its words come from the same message files through next-intl's
 * createTranslator; every key a result names must exist in both.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { decodeAnswers, encodeAnswers } from "@/domain/diagnosis";
import { runGuide, searchParamsToRecord } from "@/domain/diagnosis/run-guide";
import goldenCases from "@/domain/diagnosis/golden-cases.json";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { runDiagnosis } from "@/server/diagnosis/present";

type GoldenCase = { id: string; lang: "en" | "zh-CN"; screenText: string; answers: Record<string, string> };
const cases = goldenCases as unknown as GoldenCase[];

/** Beyond the golden file: a story, a country, a card number to cut, a repeated parameter, "show the result now". */
const extraQueries = [
  "t=UNABLE+TO+GO+ONLINE+Y3&st=No+SMS+came%2C+my+friend%27s+card+worked&c=JP&sp=oa&r=1",
  "t=DECLINED+4111+1111+1111+1111&oc=n",
  "t=%E4%BA%A4%E6%98%93%E5%A4%B1%E8%B4%A5&st=%E5%8D%A1%E5%8F%B7+4111111111111111+%E5%AF%86%E7%A0%81%E9%94%99%E8%AF%AF&r=1",
  "t=RC+51&t=HOST+DOWN&oc=y&oc=n",
  "s=1",
  "",
];

function serverPath(query: string) {
  const params = new URLSearchParams(query);
  // What Next hands the page: URL-decoded values, arrays for repeated names.
  const run = runDiagnosis(decodeAnswers(searchParamsToRecord(params)));
  return { result: run.result, query: run.query };
}

function clientPath(query: string) {
  const run = runGuide(searchParamsToRecord(new URLSearchParams(query)));
  return { result: run.result, query: run.query };
}

function keysOf(result: ReturnType<typeof runGuide>["result"]): string[] {
  return [
    ...result.signals.map((s) => `signals.${s.id}`),
    ...(result.nextQuestion ? [result.nextQuestion.textKey, ...result.nextQuestion.options.map((o) => o.labelKey)] : []),
    ...result.causes.flatMap((c) => c.reasons.map((r) => r.labelKey)),
    `chargeOutlook.${result.advice.chargeOutlook}.title`,
    `chargeOutlook.${result.advice.chargeOutlook}.body`,
    ...result.advice.doNow,
    ...result.advice.keep,
    ...result.advice.askBank,
    ...result.advice.prevent,
  ];
}

describe("runGuide (the offline guide)", () => {
  const queries = [...cases.map((c) => encodeAnswers({ screenText: c.screenText, answers: c.answers })), ...extraQueries];

  it("gives the server page's result for every golden case and extra URL", () => {
    expect(queries.length).toBeGreaterThanOrEqual(cases.length);
    for (const query of queries) expect(clientPath(query), query).toEqual(serverPath(query));
  });

  it("cuts a card number in the screen text or story to its last 4 digits and asks for the address bar to be replaced", () => {
    const run = runGuide(searchParamsToRecord(new URLSearchParams(extraQueries[1])));
    expect(run.redacted).toBe(true);
    expect(run.query).not.toMatch(/4111\D*1111\D*1111/);
    expect(run.input.screenText).toContain("1111");
    expect(runGuide(searchParamsToRecord(new URLSearchParams(extraQueries[0]))).redacted).toBe(false);
  });

  it("finds every word a result needs in both languages' message files", () => {
    for (const [locale, messages] of [["en", en], ["zh-CN", zh]] as const) {
      const t = createTranslator({
        locale,
        messages: { diagnosis: messages.diagnosis },
        namespace: "diagnosis",
        onError: (error) => {
          throw error;
        },
      });
      for (const query of queries) {
        for (const key of keysOf(runGuide(searchParamsToRecord(new URLSearchParams(query))).result)) {
          expect(t(key as never), `${locale} ${key}`).not.toBe("");
        }
      }
    }
  });
});
