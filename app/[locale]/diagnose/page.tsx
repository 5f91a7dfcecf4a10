import { titleFor } from "@/i18n/page-title";
import { redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { decodeAnswers } from "@/domain/diagnosis";
import { runDiagnosis } from "@/server/diagnosis/present";
import { GuideBody } from "@/components/diagnosis/guide-body";
import { getGuideText } from "@/components/diagnosis/guide-text-server";
import { ShareSection } from "@/components/diagnosis/share-section";

export const generateMetadata = titleFor("diagnosePage.title");

type Search = Record<string, string | string[] | undefined>;

export default async function DiagnosePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const decoded = decodeAnswers(search);
  const run = runDiagnosis(decoded);
  // A card number typed into the screen text or the story never stays in the address bar or history
  // (decodeAnswers already cut the story's; runDiagnosis cuts the screen text's).
  const rawStory = typeof search.st === "string" ? search.st.trim() : undefined;
  if (decoded.screenText !== run.input.screenText || (rawStory && rawStory !== decoded.story)) redirect(`/${locale}/diagnose?${run.query}`);

  const text = await getGuideText(locale);
  return <GuideBody text={text} search={search} run={run} share={({ query, canAnswerMore }) => <ShareSection text={text} query={query} saved={search.saved === "1"} canAnswerMore={canAnswerMore} />} />;
}
