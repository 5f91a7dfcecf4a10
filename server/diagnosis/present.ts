/**
 * Turns the engine's message keys into text for one language: what the JSON API answers with.
 * Pages render the same keys with t() themselves. Card numbers typed into the screen text are
 * cut to their last 4 digits before the engine, a URL or the database ever sees them (the story
 * is cut the same way inside diagnose). `story` is the page's "What we read from your story":
 * each answer the story gave, with the same sentence and the same "Not right" link, and each cue.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
import {
  diagnose,
  encodeAnswers,
  getCause,
  getOptionCode,
  getOptionLabelKey,
  getQuestion,
  getQuestionTextKey,
  type DiagnosisInput,
  type DiagnosisResult,
  type QuestionId,
} from "@/domain/diagnosis";
import type { Locale } from "@/i18n/routing";
import { looseKeys } from "@/i18n/loose-keys";

/** A translator for one namespace: key plus ICU values in, text out. */
export type Translate = (key: string, values?: Record<string, string>) => string;

export function runDiagnosis(input: DiagnosisInput): { input: DiagnosisInput; result: DiagnosisResult; query: string } {
  const safe = { ...input, screenText: input.screenText === undefined ? undefined : redactCardNumbers(input.screenText) };
  return { input: safe, result: diagnose(safe), query: encodeAnswers(safe) };
}

export async function presentDiagnosis(result: DiagnosisResult, query: string, locale: Locale) {
  const t = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  const tp = looseKeys(await getTranslations({ locale, namespace: "diagnosePage" }));
  return presentDiagnosisWith({ diagnosis: (key, values) => t(key, values), page: (key, values) => tp(key, values) }, result, query, locale);
}

/** The page's "Not right" link for a story answer: the same query with that question set to "I don't know". */
function notRightUrl(locale: string, query: string, id: QuestionId): string {
  const params = new URLSearchParams(query);
  params.set(getQuestion(id).param, getOptionCode(id, "unknown") ?? "u");
  return `/${locale}/diagnose?${params.toString()}`;
}

export function presentDiagnosisWith(tr: { diagnosis: Translate; page: Translate }, result: DiagnosisResult, query: string, locale: Locale) {
  const t = tr.diagnosis;
  const texts = (keys: readonly string[]) => keys.map((key) => t(key));
  const storyAnswers = Object.entries(result.story.answers) as [QuestionId, string][];
  return {
    signals: result.signals.map((s) => ({ id: s.id, matched: s.matched, label: t(`signals.${s.id}`) })),
    recognised: result.recognised,
    nextQuestion: result.nextQuestion && {
      id: result.nextQuestion.id,
      text: t(result.nextQuestion.textKey),
      options: result.nextQuestion.options.map((o) => ({ value: o.value, label: t(o.labelKey) })),
    },
    causes: result.causes.map((c) => ({
      id: c.id,
      title: t(getCause(c.id).titleKey),
      likelihood: c.likelihood,
      reasons: c.reasons.map((r) => ({ kind: r.kind, id: r.id, label: t(r.labelKey), weight: r.weight })),
    })),
    advice: {
      causeId: result.advice.causeId,
      chargeOutlook: {
        id: result.advice.chargeOutlook,
        title: t(`chargeOutlook.${result.advice.chargeOutlook}.title`),
        body: t(`chargeOutlook.${result.advice.chargeOutlook}.body`),
      },
      doNow: texts(result.advice.doNow),
      keep: texts(result.advice.keep),
      askBank: texts(result.advice.askBank),
      prevent: texts(result.advice.prevent),
    },
    story: {
      recognised: result.story.recognised,
      answers: storyAnswers.map(([id, value]) => {
        const question = t(getQuestionTextKey(id));
        const answer = t(getOptionLabelKey(id, value));
        return { questionId: id, value, question, answer, text: tr.page("storyAnswer", { question, answer }), notRightUrl: notRightUrl(locale, query, id) };
      }),
      cues: result.story.cues.map((cue) => ({ id: cue.id, matched: cue.matched, label: t(`signals.${cue.id}`) })),
    },
    done: result.done,
    resultUrl: `/${locale}/diagnose${query ? `?${query}` : ""}`,
  };
}
