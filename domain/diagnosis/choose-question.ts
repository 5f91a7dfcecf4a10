/**
 * Picks the one question worth asking next at the counter: among the questions not yet answered,
 * the one whose answer is expected to shrink the uncertainty (entropy) among the current leading
 * causes the most. Each cause's weights on a question's options are read as the answers it
 * predicts (softmax over the options), which is what makes an option informative. Returns null
 * when no question would change the picture enough to be worth the traveller's time.
 * See docs/diagnosis.md.
 */
import { getCause, type CauseId } from "./causes";
import type { Answers } from "./diagnosis-input";
import { QUESTIONS, type AnswerEvidenceId, type QuestionId } from "./questions";
import type { ScoredCause } from "./score-causes";

/** Below this expected gain (in nats) a question is noise to the traveller: stop asking. */
export const MIN_INFORMATION_GAIN = 0.03;
/** Leading causes considered: enough to cover this share of the likelihood, at most MAX_FOCUS. */
const FOCUS_MASS = 0.95;
const MAX_FOCUS = 15;

function computeEntropy(probabilities: readonly number[]): number {
  return probabilities.reduce((sum, p) => (p > 0 ? sum - p * Math.log(p) : sum), 0);
}

function selectFocus(ranked: readonly ScoredCause[]): { id: CauseId; p: number }[] {
  const focus: { id: CauseId; p: number }[] = [];
  let mass = 0;
  for (const cause of ranked) {
    if (focus.length >= MAX_FOCUS || (focus.length >= 2 && mass >= FOCUS_MASS)) break;
    focus.push({ id: cause.id, p: cause.probability });
    mass += cause.probability;
  }
  return focus.map((cause) => ({ id: cause.id, p: cause.p / mass }));
}

function measureInformationGain(questionId: QuestionId, focus: readonly { id: CauseId; p: number }[]): number {
  const question = QUESTIONS.find((candidate) => candidate.id === questionId);
  if (!question) return 0;
  const weights = focus.map(({ id }) =>
    question.options.map((option) => getCause(id).answers[`${questionId}.${option.value}` as AnswerEvidenceId] ?? 0),
  );
  let expectedEntropy = 0;
  question.options.forEach((_, optionIndex) => {
    let optionProbability = 0;
    const posterior = focus.map(({ p }, causeIndex) => {
      const row = weights[causeIndex] ?? [];
      const predicted = Math.exp(row[optionIndex] ?? 0) / row.reduce((sum, w) => sum + Math.exp(w), 0);
      optionProbability += p * predicted;
      return p * predicted;
    });
    const total = posterior.reduce((sum, value) => sum + value, 0);
    expectedEntropy += optionProbability * computeEntropy(posterior.map((value) => value / total));
  });
  return computeEntropy(focus.map(({ p }) => p)) - expectedEntropy;
}

/** The most useful unanswered question, or null; ties go to the earlier question in QUESTIONS. */
export function chooseNextQuestion(ranked: readonly ScoredCause[], answers: Answers): QuestionId | null {
  const focus = selectFocus(ranked);
  let best: { id: QuestionId; gain: number } | null = null;
  for (const { id } of QUESTIONS) {
    if (answers[id] !== undefined) continue;
    const gain = measureInformationGain(id, focus);
    if (gain >= MIN_INFORMATION_GAIN && (!best || gain > best.gain + 1e-12)) best = { id, gain };
  }
  return best?.id ?? null;
}
