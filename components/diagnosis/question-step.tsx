import { getTranslations } from "next-intl/server";
import { getOptionCode, getQuestion, type NextQuestion } from "@/domain/diagnosis";
import { CarriedParams } from "./carried-params";
import { looseKeys } from "@/i18n/loose-keys";

/**
 * One question as a GET form whose options are submit buttons: one tap answers it, with or
 * without JavaScript, and the answer joins the others in the URL.
 */
export async function QuestionStep({ locale, question, query, number }: { locale: string; question: NextQuestion; query: string; number: number }) {
  // Diagnosis keys come from the domain (questions, options, causes); domain/diagnosis/messages.test.ts checks them.
  const t = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  const tp = await getTranslations({ locale, namespace: "diagnosePage" });
  const param = getQuestion(question.id).param;
  return (
    <form method="get" action={`/${locale}/diagnose`} className="flex flex-col gap-3" data-testid="question-form" data-question={question.id}>
      <CarriedParams query={query} />
      <p className="text-sm text-stone-600">{tp("questionProgress", { number })}</p>
      <h2 className="text-lg font-semibold leading-snug" data-testid="question-text">
        {t(question.textKey)}
      </h2>
      <div className="flex flex-col gap-2">
        {question.options.map((option) => (
          <button
            key={option.value}
            type="submit"
            name={param}
            value={getOptionCode(question.id, option.value)}
            data-testid={`option-${option.value}`}
            className="rounded-md border border-stone-300 bg-white px-4 py-3 text-left text-base hover:border-brand-600"
          >
            {t(option.labelKey)}
          </button>
        ))}
      </div>
    </form>
  );
}
