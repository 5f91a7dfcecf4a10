import { getTranslations } from "next-intl/server";
import { getCause, type DiagnosisResult, type NextQuestion } from "@/domain/diagnosis";
import { AppLink as Link } from "@/components/ui/app-link";
import { QuestionStep } from "./question-step";
import { looseKeys } from "@/i18n/loose-keys";

/** A question page: the next question, the leading causes so far, and a way to see the result now. */
export async function QuestionView({ locale, result, question, query, number }: { locale: string; result: DiagnosisResult; question: NextQuestion; query: string; number: number }) {
  const t = await getTranslations({ locale, namespace: "diagnosePage" });
  // Diagnosis keys come from the domain (questions, options, causes); domain/diagnosis/messages.test.ts checks them.
  const td = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  return (
    <>
      <QuestionStep locale={locale} question={question} query={query || "s=1"} number={number} />
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
        <Link href={`/diagnose?${query}${query ? "&" : ""}r=1`} className="font-semibold text-brand-700 underline" data-testid="show-result-now">
          {t("showResultNow")}
        </Link>
        <Link href="/diagnose" className="underline">
          {t("startOver")}
        </Link>
      </p>
    </>
  );
}
