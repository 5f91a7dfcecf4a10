import { getTranslations } from "next-intl/server";
import { getOptionCode, getOptionLabelKey, getQuestion, getQuestionTextKey, type DiagnosisResult, type QuestionId } from "@/domain/diagnosis";
import { AppLink as Link } from "@/components/ui/app-link";
import { looseKeys } from "@/i18n/loose-keys";

/** What the guide took from the traveller's story, each with a "Not right" link that sets that answer to "I don't know". */
export async function StoryReading({ locale, result, query, story }: { locale: string; result: DiagnosisResult; query: string; story?: string }) {
  if (!story) return null;
  // Diagnosis keys come from the domain (questions, options, causes); domain/diagnosis/messages.test.ts checks them.
  const t = looseKeys(await getTranslations({ locale, namespace: "diagnosis" }));
  const tp = await getTranslations({ locale, namespace: "diagnosePage" });
  const answers = Object.entries(result.story.answers) as [QuestionId, string][];
  const withUnknown = (id: QuestionId) => {
    const params = new URLSearchParams(query);
    params.set(getQuestion(id).param, getOptionCode(id, "unknown") ?? "u");
    return `/diagnose?${params.toString()}`;
  };
  return (
    <section className="rounded-md bg-white p-3 text-sm shadow-sm" data-testid="story-reading">
      <h2 className="font-semibold">{tp("storyReadTitle")}</h2>
      {answers.length === 0 && result.story.cues.length === 0 ? <p className="mt-1 text-stone-600">{tp("storyNothing")}</p> : null}
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {answers.map(([id, value]) => (
          <li key={id} data-story-answer={`${id}.${value}`}>
            {tp("storyAnswer", { question: t(getQuestionTextKey(id)), answer: t(getOptionLabelKey(id, value)) })}{" "}
            <Link href={withUnknown(id)} className="text-brand-700 underline" data-testid="story-not-right">
              {tp("notRight")}
            </Link>
          </li>
        ))}
        {result.story.cues.map((cue) => (
          <li key={cue.id} data-story-cue={cue.id}>
            {t(`signals.${cue.id}`)}
          </li>
        ))}
      </ul>
      <Link href={`/diagnose?${query}&e=1`} className="mt-2 inline-block underline" data-testid="story-edit">
        {tp("storyEdit")}
      </Link>
    </section>
  );
}
