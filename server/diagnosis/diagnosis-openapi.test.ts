import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { diagnosisArea } from "./diagnosis-openapi";
import { presentDiagnosisWith, runDiagnosis, type Translate } from "./present";

type Schema = {
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  additionalProperties?: boolean;
  $ref?: string;
};

const schemas = diagnosisArea.schemas as Record<string, Schema>;

/** The parts of JSON Schema this OpenAPI part uses: type, enum, required, properties, items, oneOf. */
function violations(value: unknown, schema: Schema, at = "$"): string[] {
  if (schema.$ref) return violations(value, schemas[schema.$ref.split("/").pop() ?? ""] ?? {}, at);
  if (schema.oneOf) return schema.oneOf.some((option) => violations(value, option, at).length === 0) ? [] : [`${at}: matches no oneOf branch`];
  const kind = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  if (schema.type && !(schema.type === kind || (schema.type === "integer" && Number.isInteger(value)))) return [`${at}: ${kind}, not ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in enum`];
  const problems: string[] = [];
  if (kind === "object" && value !== null) {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in object)) problems.push(`${at}.${name}: missing`);
    for (const [name, child] of Object.entries(schema.properties ?? {})) if (name in object) problems.push(...violations(object[name], child, `${at}.${name}`));
    if (schema.additionalProperties === false) for (const name of Object.keys(object)) if (!(name in (schema.properties ?? {}))) problems.push(`${at}.${name}: not described`);
  }
  if (kind === "array" && schema.items) (value as unknown[]).forEach((item, i) => problems.push(...violations(item, schema.items!, `${at}[${i}]`)));
  return problems;
}

function translators(messages: typeof en, locale: "en" | "zh-CN"): { diagnosis: Translate; page: Translate } {
  const d = createTranslator({ locale, messages, namespace: "diagnosis" });
  const p = createTranslator({ locale, messages, namespace: "diagnosePage" });
  return { diagnosis: (key, values) => d(key as never, values as never), page: (key, values) => p(key as never, values as never) };
}

describe("POST /api/diagnosis: the OpenAPI part", () => {
  it("describes the story and country the route reads, and the story reading it answers with", () => {
    const request = schemas.DiagnosisRequest!;
    expect(Object.keys(request.properties ?? {})).toEqual(expect.arrayContaining(["screenText", "story", "country", "answers", "locale"]));
    expect(schemas.DiagnosisResponse!.required).toContain("story");
    expect(schemas.DiagnosisResponse!.properties?.story?.required).toEqual(["recognised", "answers", "cues"]);
  });

  it.each([
    ["en", en],
    ["zh-CN", zh],
  ] as const)("a real response in %s matches the documented shape, story reading included", (locale, messages) => {
    const { result, query } = runDiagnosis({
      screenText: "UNABLE TO GO ONLINE",
      story: "No SMS came, my friend's card worked. The card reader went dark. Card 4111 1111 1111 1111",
      country: "JP",
      answers: { slipPrinted: "none" },
    });
    const body = presentDiagnosisWith(translators(messages as typeof en, locale), result, query, locale);
    expect(violations(body, schemas.DiagnosisResponse!)).toEqual([]);
    expect(body.story.recognised).toBe(true);
    expect(body.story.answers.map((a) => `${a.questionId}.${a.value}`)).toEqual(expect.arrayContaining(["notification.nothing", "otherCardsWork.yes"]));
    const friend = body.story.answers.find((a) => a.questionId === "otherCardsWork")!;
    expect(friend.text).toContain(friend.question);
    expect(friend.notRightUrl).toMatch(new RegExp(`^/${locale}/diagnose\\?.*oc=u`));
    expect(JSON.stringify(body)).not.toContain("4111 1111 1111");
    expect(body.resultUrl).toContain("c=JP");
  });

  it("reports an empty story reading when no story was sent", () => {
    const { result, query } = runDiagnosis({ screenText: "DECLINED", answers: {} });
    const body = presentDiagnosisWith(translators(en, "en"), result, query, "en");
    expect(body.story).toEqual({ recognised: false, answers: [], cues: [] });
    expect(violations(body, schemas.DiagnosisResponse!)).toEqual([]);
  });
});
