/**
 * The questions the guide may ask at the counter, as data. Each option is one piece of evidence
 * ("otherCardsWork.no") that the causes weigh; "unknown" is evidence of nothing, so answering
 * "I don't know" never pushes the diagnosis anywhere but still counts as answered. `param` and
 * the option `code`s are the short names used in the shareable result URL: they are part of
 * saved and printed links, so never rename or reuse one. See docs/diagnosis.md.
 */

type QuestionSpec = {
  readonly id: string;
  readonly param: string;
  readonly options: readonly { readonly value: string; readonly code: string }[];
};

/** Order matters only to break ties between equally useful questions: cheaper, clearer ones first. */
export const QUESTIONS = [
  q("otherCardsWork", "oc", ["yes", "y"], ["no", "n"]),
  q("slipPrinted", "sp", ["approved", "a"], ["offlineApproved", "oa"], ["offlineDeclined", "od"], ["declined", "d"], ["none", "n"]),
  q("cardWorksElsewhere", "ce", ["yes", "y"], ["no", "n"]),
  q("entryMode", "em", ["chip", "c"], ["tap", "t"], ["swipe", "s"]),
  q("notification", "nt", ["charged", "c"], ["hold", "h"], ["declinedAlert", "d"], ["nothing", "n"]),
  q("networkShown", "ns", ["ok", "o"], ["noSignal", "n"]),
  q("overContactlessLimit", "cl", ["yes", "y"], ["no", "n"]),
  q("homeCurrencyOffered", "hc", ["yesHome", "h"], ["yesLocal", "l"], ["no", "n"]),
  q("pinEntered", "pe", ["yesSure", "s"], ["yesUnsure", "ns"], ["notAsked", "n"]),
  q("cardBrand", "cb", ["visa", "v"], ["mastercard", "m"], ["unionpay", "up"], ["amex", "ax"], ["jcb", "j"], ["other", "o"]),
  q("retryWorked", "rw", ["yes", "y"], ["no", "n"]),
  q("terminalMisbehaved", "tm", ["yes", "y"], ["no", "n"]),
  q("staffAction", "sa", ["wrongAmount", "w"], ["cancelled", "c"], ["no", "n"]),
  q("cardCondition", "cc", ["stripeWorn", "s"], ["chipWorn", "c"], ["fine", "f"]),
  q("weakSignalPlace", "ws", ["yes", "y"], ["no", "n"]),
  q("cardStatus", "cs", ["yes", "y"], ["no", "n"]),
  q("usedAbroadBefore", "ua", ["yes", "y"], ["no", "n"]),
  q("balanceLow", "bl", ["yes", "y"], ["no", "n"]),
] as const satisfies readonly QuestionSpec[];

/** Every question ends with this option; it is answered but carries no evidence. */
export const UNKNOWN_ANSWER = "unknown";
const UNKNOWN_CODE = "u";

type QuestionData = (typeof QUESTIONS)[number];
export type QuestionId = QuestionData["id"];
type OptionValueOf<Q> = Q extends { options: readonly { value: infer V }[] } ? V : never;

/** "otherCardsWork.no": an answer that is evidence, the unit the causes are weighted on. */
export type AnswerEvidenceId = {
  [Q in QuestionData as Q["id"]]: `${Q["id"]}.${OptionValueOf<Q> & string}`;
}[QuestionId];

export type Question = {
  readonly id: QuestionId;
  readonly param: string;
  readonly options: readonly { readonly value: string; readonly code: string }[];
};

function q<const Id extends string, const P extends string, const O extends readonly [string, string][]>(
  id: Id,
  param: P,
  ...options: O
) {
  return {
    id,
    param,
    options: options.map(([value, code]) => ({ value, code })) as unknown as {
      readonly [K in keyof O]: { readonly value: O[K][0]; readonly code: O[K][1] };
    },
  };
}

const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((question) => [question.id, question]));

export function isQuestionId(value: string): value is QuestionId {
  return QUESTION_BY_ID.has(value);
}

export function getQuestion(id: QuestionId): Question {
  return QUESTION_BY_ID.get(id) as Question;
}

/** The values a traveller may pick, "unknown" last: the UI renders exactly these. */
export function listOptionValues(id: QuestionId): string[] {
  return [...getQuestion(id).options.map((option) => option.value), UNKNOWN_ANSWER];
}

export function isAnswerValue(id: QuestionId, value: string): boolean {
  return value === UNKNOWN_ANSWER || getQuestion(id).options.some((option) => option.value === value);
}

export function getQuestionTextKey(id: QuestionId): string {
  return `questions.${id}.text`;
}

export function getOptionLabelKey(id: QuestionId, value: string): string {
  return `questions.${id}.options.${value}`;
}

/** The sentence the result page shows when this answer is a reason ("Other cards worked here"). */
export function getAnswerReasonKey(id: QuestionId, value: string): string {
  return `reasons.${id}.${value}`;
}

/** Short URL code of an answer, or undefined for a value the question does not have. */
export function getOptionCode(id: QuestionId, value: string): string | undefined {
  if (value === UNKNOWN_ANSWER) return UNKNOWN_CODE;
  return getQuestion(id).options.find((option) => option.value === value)?.code;
}

/** Accepts the short code or the full value name, so hand-written links work too. */
export function findOptionValue(id: QuestionId, codeOrValue: string): string | undefined {
  if (codeOrValue === UNKNOWN_CODE || codeOrValue === UNKNOWN_ANSWER) return UNKNOWN_ANSWER;
  const option = getQuestion(id).options.find((o) => o.code === codeOrValue || o.value === codeOrValue);
  return option?.value;
}
