/** The records matched to a slip: each with its score parts and reasons, and confirm / reject buttons. */
import { ActionButton } from "@/components/ui/action-button";
import { decideMatchAction } from "@/server/tracking/tracking-actions";
import type { MatchView } from "@/server/tracking/tracking-queries";
import { getTranslations } from "next-intl/server";
import { toPercent } from "./tracking-format";
import { trackingTexts } from "./tracking-texts";

export async function MatchList({ matches, locale }: { matches: MatchView[]; locale: string }) {
  const { t } = await trackingTexts(locale);
  const visible = matches.filter((m) => m.decision !== "rejected");
  const rejected = matches.filter((m) => m.decision === "rejected");
  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-base font-semibold">{t("matchesHeading")}</h3>
      {visible.length === 0 ? <p className="text-sm text-stone-600">{t("noMatches")}</p> : null}
      <ul className="flex flex-col gap-3">
        {[...visible, ...rejected].map((m) => (
          <MatchCard key={m.id} match={m} locale={locale} />
        ))}
      </ul>
    </div>
  );
}

async function MatchCard({ match: m, locale }: { match: MatchView; locale: string }) {
  const { t, text, recordLine } = await trackingTexts(locale);
  const saving = (await getTranslations({ locale, namespace: "payments" }))("saving");
  return (
    <li className={`flex flex-col gap-2 rounded-md border p-3 ${m.decision === "rejected" ? "border-stone-200 text-stone-500" : "border-stone-300"}`} data-testid="match" data-decision={m.decision}>
      <p className="font-medium">{recordLine(m)}</p>
      <p className="text-sm font-semibold" data-testid="match-decision">
        {t(`decision.${m.decision}`)}
      </p>
      {m.decision !== "rejected" ? (
        <>
          {m.score ? <MatchScore score={m.score} locale={locale} /> : null}
          <ul className="list-disc pl-5 text-sm" data-testid="match-reasons">
            {m.reasons.map((reason, index) => (
              <li key={index}>{text(reason.key, reason.params)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {m.decision === "proposed" ? (
        <div className="flex flex-wrap gap-2">
          <ActionButton action={decideMatchAction} fields={{ locale, matchId: m.id, decision: "confirmed" }} label={t("confirm")} pendingLabel={saving} testId="match-confirm" compact />
          <ActionButton action={decideMatchAction} fields={{ locale, matchId: m.id, decision: "rejected" }} label={t("reject")} pendingLabel={saving} testId="match-reject" variant="secondary" compact />
        </div>
      ) : null}
    </li>
  );
}

async function MatchScore({ score, locale }: { score: NonNullable<MatchView["score"]>; locale: string }) {
  const { t } = await trackingTexts(locale);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm" aria-label={t("scoreHeading")} data-testid="match-score">
      <dt className="text-stone-600">{t("score.reference")}</dt>
      <dd>{score.reference ? t(`score.referenceKinds.${score.reference}`) : t("score.referenceNone")}</dd>
      <dt className="text-stone-600">{t("score.amount")}</dt>
      <dd>{t("score.percent", { value: toPercent(score.amount) })}</dd>
      <dt className="text-stone-600">{t("score.date")}</dt>
      <dd>{t("score.days", { days: Math.abs(score.dateDistanceDays) })}</dd>
      <dt className="text-stone-600">{t("score.merchant")}</dt>
      <dd>{t("score.percent", { value: toPercent(score.merchantSimilarity) })}</dd>
      <dt className="text-stone-600">{t("score.card")}</dt>
      <dd>{t(`score.cards.${score.card}`)}</dd>
      <dt className="text-stone-600">{t("score.total")}</dt>
      <dd>{t("score.percent", { value: toPercent(score.total) })}</dd>
    </dl>
  );
}
