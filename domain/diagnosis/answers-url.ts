/**
 * The shareable result URL: the whole diagnosis input in a short query string, so a result can
 * be bookmarked, printed, sent to a travel companion or opened without an account, and the page
 * recomputes it (diagnose is deterministic). `t` carries the screen text; each answered question
 * is one two-letter parameter with a one- or two-letter value (`oc=n&sp=oa`), names fixed in
 * questions.ts. Decoding ignores anything it does not know, so old or edited links still work.
 * See docs/diagnosis.md.
 */
import { sanitizeAnswers, sanitizeCountry, truncateScreenText, truncateStory, type Answers, type DiagnosisInput } from "./diagnosis-input";
import { findOptionValue, getOptionCode, QUESTIONS } from "./questions";

export const SCREEN_TEXT_PARAM = "t";
export const STORY_PARAM = "st";
export const COUNTRY_PARAM = "c";

export type SearchParams = Record<string, string | string[] | undefined>;

/** A query string without the leading "?"; empty when there is nothing to carry. */
export function encodeAnswers(input: DiagnosisInput): string {
  const params = new URLSearchParams();
  const screenText = typeof input.screenText === "string" ? truncateScreenText(input.screenText) : "";
  if (screenText !== "") params.set(SCREEN_TEXT_PARAM, screenText);
  const story = typeof input.story === "string" ? truncateStory(input.story) : "";
  if (story !== "") params.set(STORY_PARAM, story);
  const country = sanitizeCountry(input.country);
  if (country) params.set(COUNTRY_PARAM, country);
  const answers = sanitizeAnswers(input.answers);
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    const code = value === undefined ? undefined : getOptionCode(question.id, value);
    if (code !== undefined) params.set(question.param, code);
  }
  return params.toString();
}

/** The first usable value of a parameter: a repeated parameter must not break the page. */
function readValues(params: SearchParams, name: string): string[] {
  if (!Object.prototype.hasOwnProperty.call(params, name)) return [];
  const raw = params[name];
  if (typeof raw === "string") return [raw];
  return Array.isArray(raw) ? raw.filter((value): value is string => typeof value === "string") : [];
}

/** Reads Next.js `searchParams` (already URL-decoded); also accepts full question ids and values. */
export function decodeAnswers(params: SearchParams): { screenText?: string; story?: string; country?: string; answers: Answers } {
  const source = typeof params === "object" && params !== null ? params : {};
  const answers: Answers = {};
  for (const question of QUESTIONS) {
    const values = [...readValues(source, question.param), ...readValues(source, question.id)];
    const value = values.map((candidate) => findOptionValue(question.id, candidate)).find((found) => found !== undefined);
    if (value !== undefined) answers[question.id] = value;
  }
  const screenText = readValues(source, SCREEN_TEXT_PARAM).map(truncateScreenText).find((text) => text !== "");
  const story = readValues(source, STORY_PARAM).map(truncateStory).find((text) => text !== "");
  const country = readValues(source, COUNTRY_PARAM).map(sanitizeCountry).find((code) => code !== undefined);
  return {
    ...(screenText === undefined ? {} : { screenText }),
    ...(story === undefined ? {} : { story }),
    ...(country === undefined ? {} : { country }),
    answers,
  };
}
