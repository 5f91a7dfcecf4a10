/**
 * The public face of the diagnosis engine (issue 3): what pages, the JSON API and later the slip
 * tracker may use. Everything else in this folder is an implementation detail that can change
 * without notice. Pure TypeScript: texts are message keys under the "diagnosis" namespace.
 * See docs/diagnosis.md.
 */
export { CAUSE_IDS, CAUSES, getCause } from "./causes";
export type { Cause, CauseGroup, CauseId, ChargeOutlook } from "./causes";
export { interpretTerminalText, type InterpretedText } from "./interpret";
export { SIGNAL_IDS, getSignalLabelKey, type RecognisedSignal, type SignalId } from "./signals";
export {
  QUESTIONS,
  UNKNOWN_ANSWER,
  getOptionCode,
  getOptionLabelKey,
  getQuestion,
  getQuestionTextKey,
  isQuestionId,
  listOptionValues,
  type QuestionId,
} from "./questions";
export {
  CLEAR_LIKELIHOOD,
  CLEAR_MARGIN,
  MAX_QUESTIONS,
  diagnose,
  type Advice,
  type DiagnosisResult,
  type NextQuestion,
  type RankedCause,
  type Reason,
} from "./diagnose";
export {
  MAX_SCREEN_TEXT_LENGTH,
  MAX_STORY_TEXT_LENGTH,
  diagnosisInputSchema,
  sanitizeAnswers,
  type Answers,
  type DiagnosisInput,
  type DiagnosisInputParsed,
} from "./diagnosis-input";
export { COUNTRY_PARAM, SCREEN_TEXT_PARAM, STORY_PARAM, decodeAnswers, encodeAnswers, type SearchParams } from "./answers-url";
export { buildSlipPrefill, readSlipPrefill, SLIP_PREFILL_OUTCOMES, SLIP_PREFILL_PARAMS, type SlipPrefill, type SlipPrefillValues } from "./slip-prefill";
export { ADVICE_CONDITIONS, holdsOrUnknown, type AdviceCondition } from "./advice-conditions";
export type { StoryResult } from "./diagnose";
