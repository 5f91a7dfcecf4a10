import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buildSlipPrefill, decodeAnswers } from "@/domain/diagnosis";
import { runDiagnosis } from "@/server/diagnosis/present";
import { ScreenTextStep } from "@/components/diagnosis/screen-text-step";
import { QuestionView } from "@/components/diagnosis/question-view";
import { ResultView } from "@/components/diagnosis/result-view";
import { RecognisedSignals } from "@/components/diagnosis/recognised-signals";
import { StoryReading } from "@/components/diagnosis/story-reading";
import { ShareSection } from "@/components/diagnosis/share-section";

type Search = Record<string, string | string[] | undefined>;

export default async function DiagnosePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const decoded = decodeAnswers(search);
  const { input, result, query } = runDiagnosis(decoded);
  // A card number typed into the screen text or the story never stays in the address bar or history
  // (decodeAnswers already cut the story's; runDiagnosis cuts the screen text's).
  const rawStory = typeof search.st === "string" ? search.st.trim() : undefined;
  if (decoded.screenText !== input.screenText || (rawStory && rawStory !== decoded.story)) redirect(`/${locale}/diagnose?${query}`);

  const t = await getTranslations({ locale, namespace: "diagnosePage" });
  const header = <h1 className="text-2xl font-bold">{t("title")}</h1>;
  if (!(search.s === "1" || query !== "") || search.e === "1") {
    const { t: screenText, st: story, c: country, ...rest } = Object.fromEntries(new URLSearchParams(query));
    const prefill = { screenText, story, country, carry: new URLSearchParams(rest).toString() };
    return (
      <div className="flex flex-col gap-5 py-2">
        {header}
        <p className="text-base text-stone-700">{t("intro")}</p>
        <ScreenTextStep locale={locale} prefill={prefill} />
      </div>
    );
  }

  const context = (
    <>
      <RecognisedSignals locale={locale} result={result} screenText={input.screenText} />
      <StoryReading locale={locale} result={result} query={query} story={input.story} />
    </>
  );
  if (!(result.done || search.r === "1") && result.nextQuestion) {
    return (
      <div className="flex flex-col gap-5 py-2">
        {header}
        <QuestionView locale={locale} result={result} question={result.nextQuestion} query={query} number={Object.keys(input.answers).length + 1} />
        {context}
      </div>
    );
  }

  const slipQuery = new URLSearchParams(buildSlipPrefill(input, result)).toString();
  return (
    <div className="flex flex-col gap-5 py-2">
      {header}
      <ResultView locale={locale} result={result} slipHref={`/slips/new${slipQuery ? `?${slipQuery}` : ""}`} />
      {context}
      <ShareSection locale={locale} query={query} saved={search.saved === "1"} canAnswerMore={!result.done && result.nextQuestion !== null} />
    </div>
  );
}
