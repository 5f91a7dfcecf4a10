import { getCause, type DiagnosisResult, type NextQuestion } from "@/domain/diagnosis";
import { localeHref } from "@/components/ui/locale-href";
import type { GuideText } from "./guide-text";
import { QuestionStep } from "./question-step";

/** A question page: the next question, the leading causes so far, and a way to see the result now. */
export function QuestionView({ text, result, question, query, number }: { text: GuideText; result: DiagnosisResult; question: NextQuestion; query: string; number: number }) {
  const { locale, tp: t, t: td } = text;
  return (
    <>
      <QuestionStep text={text} question={question} query={query || "s=1"} number={number} />
      <section className="rounded-md bg-white p-3 text-sm shadow-sm" data-testid="likely-so-far">
        <h2 className="font-semibold">{t("likelySoFar")}</h2>
        <ol className="mt-1 flex flex-col gap-1">
          {result.causes.slice(0, 3).map((c) => (
            <li key={c.id} className="flex justify-between gap-3">
              <span>{td(getCause(c.id).titleKey)}</span>
              <span className="shrink-0 text-stone-600">{Math.round(c.likelihood * 100)}%</span>
            </li>
          ))}
        </ol>
      </section>
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={localeHref(locale, `/diagnose?${query}${query ? "&" : ""}r=1`)} className="font-semibold text-brand-700 underline" data-testid="show-result-now">
          {t("showResultNow")}
        </a>
        <a href={localeHref(locale, "/diagnose")} className="underline">
          {t("startOver")}
        </a>
      </p>
    </>
  );
}
