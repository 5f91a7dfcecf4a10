/**
 * Turns the engine's message keys into text for one language: what the JSON API answers with.
 * Pages render the same keys with t() themselves. Card numbers typed into the screen text are
 * cut to their last 4 digits before the engine, a URL or the database ever sees them.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
import { diagnose, encodeAnswers, getCause, type DiagnosisInput, type DiagnosisResult } from "@/domain/diagnosis";
import type { Locale } from "@/i18n/routing";
import { looseKeys } from "@/i18n/loose-keys";

export function runDiagnosis(input: DiagnosisInput): { input: DiagnosisInput; result: DiagnosisResult; query: string } {
  const safe = { ...input, screenText: input.screenText === undefined ? undefined : redactCardNumbers(input.screenText) };
  return { input: safe, result: diagnose(safe), query: encodeAnswers(safe) };
}

export async function presentDiagnosis(result: DiagnosisResult, query: string, locale: Locale) {
  const t = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  const texts = (keys: readonly string[]) => keys.map((key) => t(key));
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
    done: result.done,
    resultUrl: `/${locale}/diagnose${query ? `?${query}` : ""}`,
  };
}
