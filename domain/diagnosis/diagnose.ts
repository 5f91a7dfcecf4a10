/**
 * The guide in one call: from what the screen said and the answers so far, the ranked causes
 * with their reasons, the advice for the leading cause, and the next question or none. It is a
 * pure function of its input, so a result URL, a form post without JavaScript and the JSON API
 * all reproduce the same page. It stops asking once the leading cause is clear, when no
 * question would help, or after MAX_QUESTIONS answers: the traveller is standing at a counter.
 * See docs/diagnosis.md.
 */
import { decideChargeOutlook } from "./charge-outlook";
import { chooseNextQuestion } from "./choose-question";
import { getCause, type CauseId, type ChargeOutlook } from "./causes";
import { sanitizeAnswers, truncateScreenText, type DiagnosisInput } from "./diagnosis-input";
import { interpretTerminalText } from "./interpret";
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

export type DiagnosisResult = {
  signals: RecognisedSignal[];
  recognised: boolean;
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

export function diagnose(input: DiagnosisInput): DiagnosisResult {
  const screenText = typeof input?.screenText === "string" ? truncateScreenText(input.screenText) : "";
  const answers = sanitizeAnswers(input?.answers);
  const { signals, recognised } = interpretTerminalText(screenText);
  const ranked = scoreCauses({ signals: signals.map((signal) => signal.id), answers });
  const top = ranked[0] as (typeof ranked)[number];
  const runnerUp = ranked[1]?.probability ?? 0;

  const isClear = top.probability >= CLEAR_LIKELIHOOD || top.probability - runnerUp >= CLEAR_MARGIN;
  const hasAskedEnough = Object.keys(answers).length >= MAX_QUESTIONS;
  const nextId = isClear || hasAskedEnough ? null : chooseNextQuestion(ranked, answers);

  const cause = getCause(top.id);
  const causes = ranked
    .map((scored) => ({ id: scored.id, likelihood: roundLikelihood(scored.probability), reasons: scored.reasons }))
    .filter((scored, index) => index === 0 || scored.likelihood >= MIN_LISTED_LIKELIHOOD);

  return {
    signals,
    recognised,
    nextQuestion: nextId ? describeQuestion(nextId) : null,
    causes,
    advice: {
      causeId: cause.id,
      chargeOutlook: decideChargeOutlook(signals.map((signal) => signal.id), answers, cause.id),
      doNow: [...cause.doNow],
      keep: [...cause.keep],
      askBank: [...cause.askBank],
      prevent: [...cause.prevent],
    },
    done: nextId === null,
  };
}
