/**
 * Turns evidence into a ranking. A cause's score is its prior plus the weights of every signal
 * and answer it reacts to (log-odds, added, so each reason's share is visible); a softmax turns
 * scores into likelihoods. The reasons kept are exactly the terms that made up the score, so the
 * result page can show why. Ties keep the fixed order of CAUSES: same input, same output.
 * See docs/diagnosis.md.
 */
import { CAUSES, type Cause, type CauseId } from "./causes";
import type { Answers } from "./diagnosis-input";
import { getAnswerReasonKey, QUESTIONS, UNKNOWN_ANSWER, type AnswerEvidenceId } from "./questions";
import { getSignalLabelKey, type SignalId } from "./signals";

export type Reason = { kind: "signal" | "answer"; id: string; labelKey: string; weight: number };

export type Evidence = { signals: readonly SignalId[]; answers: Answers };

export type ScoredCause = { id: CauseId; probability: number; reasons: Reason[] };

export function listAnswerEvidence(answers: Answers): { questionId: (typeof QUESTIONS)[number]["id"]; value: string; evidence: AnswerEvidenceId }[] {
  return QUESTIONS.flatMap(({ id }) => {
    const value = answers[id];
    if (value === undefined || value === UNKNOWN_ANSWER) return [];
    return [{ questionId: id, value, evidence: `${id}.${value}` as AnswerEvidenceId }];
  });
}

function explainCause(cause: Cause, evidence: Evidence): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  for (const signal of evidence.signals) {
    const weight = cause.signals[signal];
    if (weight) reasons.push({ kind: "signal", id: signal, labelKey: getSignalLabelKey(signal), weight });
  }
  for (const { questionId, value, evidence: id } of listAnswerEvidence(evidence.answers)) {
    const weight = cause.answers[id];
    if (weight) reasons.push({ kind: "answer", id: questionId, labelKey: getAnswerReasonKey(questionId, value), weight });
  }
  const score = reasons.reduce((sum, reason) => sum + reason.weight, cause.prior);
  // Strongest support first; evidence against the cause is kept too, at the end.
  return { score, reasons: reasons.sort((a, b) => b.weight - a.weight) };
}

/** Every cause, most likely first; probabilities sum to 1 (before any rounding). */
export function scoreCauses(evidence: Evidence): ScoredCause[] {
  const explained = CAUSES.map((cause) => ({ id: cause.id, ...explainCause(cause, evidence) }));
  const top = Math.max(...explained.map((cause) => cause.score));
  const exponentials = explained.map((cause) => Math.exp(cause.score - top));
  const total = exponentials.reduce((sum, value) => sum + value, 0);
  return explained
    .map((cause, index) => ({ id: cause.id, probability: (exponentials[index] ?? 0) / total, reasons: cause.reasons, order: index }))
    .sort((a, b) => b.probability - a.probability || a.order - b.order)
    .map(({ id, probability, reasons }) => ({ id, probability, reasons }));
}
