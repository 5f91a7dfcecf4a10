/**
 * The guide in one call: from what the screen said, the traveller's own story (read-story.ts)
 * and the answers so far, the ranked causes
 * with their reasons, the advice for the leading cause, and the next question or none. It is a
 * pure function of its input, so a result URL, a form post without JavaScript and the JSON API
 * all reproduce the same page. It stops asking once the leading cause is clear, when no
 * question would help, or after MAX_QUESTIONS answers: the traveller is standing at a counter.
 * See docs/diagnosis.md.
 */
import { decideChargeOutlook } from "./charge-outlook";
import { chooseNextQuestion } from "./choose-question";
import { getCause, type CauseId, type ChargeOutlook } from "./causes";
import { selectAdvice } from "./advice-conditions";
import { sanitizeAnswers, truncateScreenText, truncateStory, type Answers, type DiagnosisInput } from "./diagnosis-input";
import { interpretTerminalText } from "./interpret";
import { extractQuotedScreenText, readStory } from "./read-story";
import { getOptionLabelKey, getQuestionTextKey, listOptionValues, type QuestionId } from "./questions";
import { scoreCauses, type Reason } from "./score-causes";
import type { RecognisedSignal } from "./signals";

export { diagnosisInputSchema, type DiagnosisInput } from "./diagnosis-input";
export type { Reason } from "./score-causes";

/** The leading cause is clear at this likelihood… */
export const CLEAR_LIKELIHOOD = 0.75;
/** …or when it leads the runner-up by this much. */
export const CLEAR_MARGIN = 0.4;
export const MAX_QUESTIONS = 8;
/** Causes below this likelihood are noise on the result page. */
const MIN_LISTED_LIKELIHOOD = 0.01;

export type NextQuestion = { id: QuestionId; textKey: string; options: { value: string; labelKey: string }[] };

export type RankedCause = { id: CauseId; likelihood: number; reasons: Reason[] };

export type Advice = {
  causeId: CauseId;
  chargeOutlook: ChargeOutlook;
  doNow: string[];
  keep: string[];
  askBank: string[];
  prevent: string[];
};

/** What the story said: answers it gave (those the traveller did not answer themselves) and cues. */
export type StoryResult = { answers: Answers; cues: RecognisedSignal[]; recognised: boolean };

export type DiagnosisResult = {
  signals: RecognisedSignal[];
  recognised: boolean;
  story: StoryResult;
  nextQuestion: NextQuestion | null;
  causes: RankedCause[];
  advice: Advice;
  done: boolean;
};

function describeQuestion(id: QuestionId): NextQuestion {
  return {
    id,
    textKey: getQuestionTextKey(id),
    options: listOptionValues(id).map((value) => ({ value, labelKey: getOptionLabelKey(id, value) })),
  };
}

/** Rounded down to 0.001 so the listed likelihoods never add up to more than 1. */
function roundLikelihood(probability: number): number {
  return Math.floor(probability * 1000) / 1000;
}

/** Charge-deciding questions, asked first while the charge outlook is still open. */
const CHARGE_QUESTIONS: readonly QuestionId[] = ["slipPrinted", "notification"];

export function diagnose(input: DiagnosisInput): DiagnosisResult {
  const screenText = typeof input?.screenText === "string" ? truncateScreenText(input.screenText) : "";
  const story = typeof input?.story === "string" ? truncateStory(input.story) : "";
  const ownAnswers = sanitizeAnswers(input?.answers);
  const reading = readStory(story);
  // The traveller's own answer always wins over what the story suggests ("unknown" included).
  const answers: Answers = { ...reading.answers, ...ownAnswers };
  const storyAnswers = Object.fromEntries(Object.entries(reading.answers).filter(([id]) => ownAnswers[id as QuestionId] === undefined)) as Answers;
  const { signals, recognised } = interpretTerminalText(screenText);
  // Words quoted in the story ("the screen said 'OFFLINE'") count as screen text when none was typed.
  const quoted = screenText === "" ? interpretTerminalText(extractQuotedScreenText(story)).signals : [];
  const screenSignals = [...signals, ...quoted.filter((q) => !signals.some((s) => s.id === q.id))];
  const cues: RecognisedSignal[] = reading.cues.map((id) => ({
    id,
    matched: reading.findings.find((f) => f.kind === "cue" && f.id === id)?.matched ?? "",
  }));
  const evidence = [...screenSignals, ...cues].map((signal) => signal.id);
  const ranked = scoreCauses({ signals: evidence, answers });
  const top = ranked[0] as (typeof ranked)[number];
  const runnerUp = ranked[1]?.probability ?? 0;

  const isClear = top.probability >= CLEAR_LIKELIHOOD || top.probability - runnerUp >= CLEAR_MARGIN;
  const hasAskedEnough = Object.keys(ownAnswers).length >= MAX_QUESTIONS;
  const chargeOutlook = decideChargeOutlook(evidence, answers, top.id);
  // While nothing decides the charge yet, "did it print a slip, what does it say?" comes first.
  // Once the cause is clear, only the slip question is still worth the traveller's time.
  const chargeQuestion =
    chargeOutlook === "unclear" ? CHARGE_QUESTIONS.slice(0, isClear ? 1 : undefined).find((id) => answers[id] === undefined) : undefined;
  const nextId = hasAskedEnough ? null : (chargeQuestion ?? (isClear ? null : chooseNextQuestion(ranked, answers)));

  const cause = getCause(top.id);
  const causes = ranked
    .map((scored) => ({ id: scored.id, likelihood: roundLikelihood(scored.probability), reasons: scored.reasons }))
    .filter((scored, index) => index === 0 || scored.likelihood >= MIN_LISTED_LIKELIHOOD);

  return {
    signals: screenSignals,
    recognised: recognised || screenSignals.length > 0,
    story: { answers: storyAnswers, cues, recognised: reading.findings.length > 0 },
    nextQuestion: nextId ? describeQuestion(nextId) : null,
    causes,
    advice: {
      causeId: cause.id,
      chargeOutlook,
      doNow: selectAdvice(cause.doNow, answers),
      keep: selectAdvice(cause.keep, answers),
      askBank: selectAdvice(cause.askBank, answers),
      prevent: selectAdvice(cause.prevent, answers),
    },
    done: nextId === null,
  };
}
