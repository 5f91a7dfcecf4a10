import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { decodeAnswers, getCause } from "@/domain/diagnosis";
import { AppLink as Link } from "@/components/ui/app-link";
import { runDiagnosis } from "@/server/diagnosis/present";
import { getCurrentUser } from "@/server/session";
import { saveDiagnosisAction } from "@/server/actions/diagnosis";
import { ScreenTextStep } from "@/components/diagnosis/screen-text-step";
import { QuestionStep } from "@/components/diagnosis/question-step";
import { ResultView } from "@/components/diagnosis/result-view";
import { RecognisedSignals } from "@/components/diagnosis/recognised-signals";

type Search = Record<string, string | string[] | undefined>;

export default async function DiagnosePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const decoded = decodeAnswers(search);
  const { input, result, query } = runDiagnosis(decoded);
  // A card number typed into the screen text never stays in the address bar or history.
  if (decoded.screenText !== input.screenText) redirect(`/${locale}/diagnose?${query}`);

  const t = await getTranslations({ locale, namespace: "diagnosePage" });
  const td = await getTranslations({ locale, namespace: "diagnosis" });
  const started = search.s === "1" || query !== "";
  const showResult = result.done || search.r === "1";
  const answeredCount = Object.keys(input.answers).length;

  if (!started) {
    return (
      <div className="flex flex-col gap-5 py-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-base text-stone-700">{t("intro")}</p>
        <ScreenTextStep locale={locale} />
      </div>
    );
  }

  const resultPath = `/diagnose?${query}${query ? "&" : ""}r=1`;
  if (!showResult && result.nextQuestion) {
    return (
      <div className="flex flex-col gap-5 py-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <RecognisedSignals locale={locale} result={result} screenText={input.screenText} />
        <QuestionStep locale={locale} question={result.nextQuestion} query={query || "s=1"} number={answeredCount + 1} />
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
          <Link href={resultPath} className="font-semibold text-brand-700 underline" data-testid="show-result-now">
            {t("showResultNow")}
          </Link>
          <Link href="/diagnose" className="underline">
            {t("startOver")}
          </Link>
        </p>
      </div>
    );
  }

  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const shareUrl = `${origin}/${locale}/diagnose?${query}`;
  const user = await getCurrentUser();
  return (
    <div className="flex flex-col gap-6 py-2">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <RecognisedSignals locale={locale} result={result} screenText={input.screenText} />
      <ResultView locale={locale} result={result} />
      <section className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm" data-testid="share">
        <h2 className="text-base font-semibold">{t("shareTitle")}</h2>
        <p className="text-sm text-stone-600">{t("shareHint")}</p>
        <label htmlFor="share-url" className="text-sm font-medium">
          {t("shareUrlLabel")}
        </label>
        <input id="share-url" readOnly value={shareUrl} className="w-full rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-xs" data-testid="share-url" />
        {search.saved === "1" ? (
          <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="diagnosis-saved">
            {t("saved")}
          </p>
        ) : user ? (
          <form action={saveDiagnosisAction} className="no-print">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="query" value={query} />
            <button type="submit" className="rounded-md bg-brand-600 px-4 py-3 font-semibold text-white" data-testid="save-diagnosis">
              {t("save")}
            </button>
          </form>
        ) : (
          <Link href={{ pathname: "/sign-in", query: { next: `/${locale}${resultPath}` } }} className="text-sm font-semibold text-brand-700 underline">
            {t("signInToSave")}
          </Link>
        )}
      </section>
      <p className="no-print flex flex-wrap gap-4 text-sm">
        {!result.done && result.nextQuestion ? (
          <Link href={`/diagnose?${query}`} className="font-semibold text-brand-700 underline" data-testid="answer-more">
            {t("answerMore")}
          </Link>
        ) : null}
        <Link href="/diagnose" className="underline" data-testid="start-over">
          {t("startOver")}
        </Link>
      </p>
    </div>
  );
}
