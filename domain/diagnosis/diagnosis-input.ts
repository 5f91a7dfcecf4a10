/**
 * What a diagnosis starts from (screen text and the answers so far) and how untrusted input is
 * made safe: it arrives from URLs, plain HTML forms and the JSON API. Nothing is refused: long
 * text is cut, unknown questions and values are dropped, so a stale or hand-edited link still
 * gives a result instead of an error page. See docs/diagnosis.md.
 */
import { z } from "zod";
import { isAnswerValue, isQuestionId, QUESTIONS, type QuestionId } from "./questions";

import { redactCardNumbers } from "../cards/card-number-guard";

export const MAX_SCREEN_TEXT_LENGTH = 2000;
export const MAX_STORY_TEXT_LENGTH = 2000;
/** ISO 3166-1 alpha-2, the country where the payment failed (carried to the slip form). */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** Answers keyed by question id, every value valid for its question ("unknown" included). */
export type Answers = Partial<Record<QuestionId, string>>;

export type DiagnosisInput = { screenText?: string; story?: string; country?: string; answers: Record<string, string> };

/** Trims and cuts to the limit without splitting a surrogate pair, which URL encoding would reject. */
export function truncateScreenText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_SCREEN_TEXT_LENGTH) return trimmed;
  const cut = trimmed.charCodeAt(MAX_SCREEN_TEXT_LENGTH - 1);
  const end = cut >= 0xd800 && cut <= 0xdbff ? MAX_SCREEN_TEXT_LENGTH - 1 : MAX_SCREEN_TEXT_LENGTH;
  return trimmed.slice(0, end).trim();
}

/** The story is free text: cut like the screen text, and a card number in it keeps only its last 4 digits. */
export function truncateStory(text: string): string {
  return truncateScreenText(redactCardNumbers(text));
}

export function sanitizeCountry(value: unknown): string | undefined {
  return typeof value === "string" && COUNTRY_PATTERN.test(value.toUpperCase()) ? value.toUpperCase() : undefined;
}

/** Keeps known questions with valid values, in question order; never throws on any input. */
export function sanitizeAnswers(raw: unknown): Answers {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
  const source = raw as Record<string, unknown>;
  const answers: Answers = {};
  for (const { id } of QUESTIONS) {
    if (!Object.prototype.hasOwnProperty.call(source, id)) continue;
    const value = source[id];
    if (typeof value === "string" && isQuestionId(id) && isAnswerValue(id, value)) answers[id] = value;
  }
  return answers;
}

export const diagnosisInputSchema = z.object({
  // optional() first: in zod 4 a transformed key is otherwise required, and a missing key must pass.
  screenText: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === "string" ? truncateScreenText(value) : undefined))
    .transform((value) => (value === "" ? undefined : value)),
  story: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === "string" ? truncateStory(value) : undefined))
    .transform((value) => (value === "" ? undefined : value)),
  country: z.unknown().optional().transform(sanitizeCountry),
  answers: z
    .unknown()
    .optional()
    .transform((value) => sanitizeAnswers(value) as Record<string, string>),
});

export type DiagnosisInputParsed = z.output<typeof diagnosisInputSchema>;
