import { localeHref } from "@/components/ui/locale-href";
import type { GuideText } from "./guide-text";

/** Under a result: back to more questions (when some are left) or a fresh start. */
export function ResultLinks({ text, query, canAnswerMore }: { text: GuideText; query: string; canAnswerMore: boolean }) {
  const { locale, tp: t } = text;
  return (
    <p className="no-print flex flex-wrap gap-4 text-sm">
      {canAnswerMore ? (
        <a href={localeHref(locale, `/diagnose?${query}`)} className="font-semibold text-brand-700 underline" data-testid="answer-more">
          {t("answerMore")}
        </a>
      ) : null}
      <a href={localeHref(locale, "/diagnose")} className="underline" data-testid="start-over">
        {t("startOver")}
      </a>
    </p>
  );
}
