import type { ReactNode } from "react";
import { buildSlipPrefill, type DiagnosisInput, type DiagnosisResult } from "@/domain/diagnosis";
import type { GuideText } from "./guide-text";
import { QuestionView } from "./question-view";
import { RecognisedSignals } from "./recognised-signals";
import { ResultView } from "./result-view";
import { ScreenTextStep } from "./screen-text-step";
import { StoryReading } from "./story-reading";

export type GuideSearch = Record<string, string | string[] | undefined>;
export type GuideRun = { input: DiagnosisInput; result: DiagnosisResult; query: string };

/**
 * Which step of the guide a URL shows — the first form, a question, or the result — for the
 * server page and the offline guide alike. `share` renders what differs under a result (saving
 * and sharing need the server; offline says so).
 */
export function GuideBody({ text, search, run, share, offline = false }: { text: GuideText; search: GuideSearch; run: GuideRun; share: (p: { query: string; canAnswerMore: boolean }) => ReactNode; offline?: boolean }) {
  const { input, result, query } = run;
  const header = <h1 className="text-2xl font-bold">{text.tp("title")}</h1>;
  if (!(search.s === "1" || query !== "") || search.e === "1") {
    const { t: screenText, st: story, c: country, ...rest } = Object.fromEntries(new URLSearchParams(query));
    const prefill = { screenText, story, country, carry: new URLSearchParams(rest).toString() };
    return (
      <div className="flex flex-col gap-5 py-2">
        {header}
        <p className="text-base text-stone-700">{text.tp("intro")}</p>
        <ScreenTextStep text={text} prefill={prefill} offline={offline} />
      </div>
    );
  }

  const context = (
    <>
      <RecognisedSignals text={text} result={result} screenText={input.screenText} />
      <StoryReading text={text} result={result} query={query} story={input.story} />
    </>
  );
  if (!(result.done || search.r === "1") && result.nextQuestion) {
    return (
      <div className="flex flex-col gap-5 py-2">
        {header}
        <QuestionView text={text} result={result} question={result.nextQuestion} query={query} number={Object.keys(input.answers).length + 1} />
        {context}
      </div>
    );
  }

  const slipQuery = new URLSearchParams(buildSlipPrefill(input, result)).toString();
  return (
    <div className="flex flex-col gap-5 py-2">
      {header}
      <ResultView text={text} result={result} slipHref={`/slips/new${slipQuery ? `?${slipQuery}` : ""}`} />
      {context}
      {share({ query, canAnswerMore: !result.done && result.nextQuestion !== null })}
    </div>
  );
}
