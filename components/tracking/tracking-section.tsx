/**
 * The slip page's tracking section (docs/statuses.md "In the app"): status with its evidence and
 * the date it changed, the next step with its due date, the five-stage path, the matches with
 * their score parts, the exchange rate each comparison used and where it came from (the
 * traveller's own records, a peg, the ECB's rate of a day, or the trip's estimated rate), and
 * reasons in words, confirm / reject forms, the foreign-fee lines booked with the payment (listed
 * apart: part of the payment, never a charge of their own), and dispute grounds for a double
 * charge. Server-rendered; the forms post without JavaScript.
 */
import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/domain/money";
import { statusMessageKey, type Timeline } from "@/domain/status";
import { decideMatchAction } from "@/server/tracking/tracking-actions";
import { getTimelineForUser, getTrackingForUser, type MatchView, type TrackingView as TrackingData } from "@/server/tracking/tracking-queries";
import { ActionButton } from "@/components/ui/action-button";
import { looseKeys } from "@/i18n/loose-keys";
import { getDateLocale } from "@/i18n/date-locale";
import { PaymentTimeline } from "./payment-timeline";
import { StatusBadge } from "./status-badge";
import { DisputeBadge, disputeBadgeKey, disputeNextStep } from "@/components/disputes/dispute-badge";
import { formatCalendarDate, localizeParams, toPercent } from "./tracking-format";

/** `readOnly`: a share link's view — the same facts, no decisions to take. */
type Props = { userId: string; slipId: string; locale: string; decided?: string; readOnly?: boolean };

/** Loads what it shows (scoped by the user), so the slip page renders it with one line. */
export async function TrackingSection({ userId, slipId, locale, decided, readOnly = false }: Props) {
  const [tracking, timeline] = [await getTrackingForUser(userId, slipId), await getTimelineForUser(userId, slipId)];
  if (!tracking || !timeline) return null;
  return <TrackingView tracking={tracking} timeline={timeline} locale={locale} decided={readOnly ? undefined : decided} readOnly={readOnly} />;
}

async function TrackingView({ tracking, timeline, locale, decided, readOnly }: { tracking: TrackingData; timeline: Timeline; locale: string; decided?: string; readOnly: boolean }) {
  // Roles, stages and step keys come from the domain; its message tests check them.
  const t = looseKeys(await getTranslations({ locale, namespace: "payments.tracking" }));
  const saving = (await getTranslations({ locale, namespace: "payments" }))("saving");
  const tt = looseKeys(await getTranslations({ locale, namespace: "tracking" }));
  const dateLocale = await getDateLocale(locale);
  const text = (key: string, params?: Record<string, string | number>) => (tt.has(key) ? tt(key, localizeParams(params, dateLocale)) : key);
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const records = new Map(tracking.matches.map((m) => [m.recordId, m]));
  // When the bank says it happened — with the time where the record has one — and when it posted.
  const recordWhen = (r: MatchView["record"]) => {
    const when = r.transactionTime ? t("recordDateTime", { date: date(r.transactionDate), time: r.transactionTime.slice(0, 5) }) : date(r.transactionDate);
    return r.postingDate && r.postingDate !== r.transactionDate ? `${when} · ${t("postedOn", { date: date(r.postingDate) })}` : when;
  };
  const recordLine = (m: MatchView) =>
    t("recordLine", { role: t(`role.${m.role}`), date: recordWhen(m.record), amount: formatMoney(m.record.billedAmountMinor, m.record.billedCurrency, locale), merchant: m.record.merchant });
  const fees = tracking.matches.filter((m) => m.role === "fee" && m.decision !== "rejected");
  const visible = tracking.matches.filter((m) => m.decision !== "rejected" && m.role !== "fee");
  const rejected = tracking.matches.filter((m) => m.decision === "rejected");
  const rateLine = (rate: NonNullable<MatchView["score"]>["rate"]) => {
    if (!rate) return null;
    const params = { from: rate.from, to: rate.to, rate: rate.rate, asOf: rate.asOf, basis: rate.basis };
    const crossed = rate.via.length > 0 ? ` · ${text("match.rate.crossed", { via: rate.via.join(", ") })}` : "";
    return `${text(`match.rate.${rate.kind}`, params)}${crossed}`;
  };
  const dispute = tracking.dispute;
  const tp = looseKeys(await getTranslations({ locale, namespace: "disputes.progress" }));
  const badgeKey = disputeBadgeKey(tracking.disputeProgress);
  const disputeBadge = badgeKey ? tp(badgeKey) : null;
  // While a dispute is tracked, its follow-up is the next step (the tracker's would say "dispute it").
  const disputeNext = disputeNextStep(tracking.disputeProgress);

  return (
    <section id="tracking" className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="tracking-heading" data-testid="tracking-section">
      {tracking.isUpdating ? <p role="status" className="text-sm text-amber-800">{(await getTranslations({ locale, namespace: "payments" }))("updating")}</p> : null}
      <h2 id="tracking-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {decided === "confirmed" || decided === "rejected" || decided === "reopened" ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="match-decided">
          {t(`decided.${decided}`)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <span className="sr-only">{t("statusLabel")}</span>
        <StatusBadge status={tracking.status} label={tt(statusMessageKey(tracking.status, tracking.isProbable))} testId="tracking-status" />
        {disputeBadge ? <DisputeBadge brief={tracking.disputeProgress} label={disputeBadge} testId="tracking-dispute-badge" /> : null}
        <span className="text-sm text-stone-600" data-testid="tracking-since">
          {t("since", { date: date(tracking.since) })}
        </span>
      </div>

      <div className="flex flex-col gap-1">
        <h3 className="text-base font-semibold">{t("evidenceHeading")}</h3>
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm" data-testid="tracking-evidence">
          {tracking.evidence.map((item, index) => (
            <li key={index}>
              {item.reasonKeys.map((key) => text(key)).join(" · ")}
              {item.recordIds.length > 0 ? (
                <ul className="list-none text-stone-600">
                  {item.recordIds.map((id) => {
                    const m = records.get(id);
                    return m ? <li key={id}>{recordLine(m)}</li> : null;
                  })}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </div>

      <div className="flex flex-col gap-1">
        <h3 className="text-base font-semibold">{t("nextStepHeading")}</h3>
        {disputeNext ? (
          <p data-testid="tracking-next-step">{tp(disputeNext.key, { date: disputeNext.date ? date(disputeNext.date) : "" })}</p>
        ) : (
          <>
            <p data-testid="tracking-next-step">{text(tracking.nextStep.key, tracking.nextStep.params)}</p>
            {tracking.nextStep.dueDate ? <p className="text-sm text-stone-600">{t("dueBy", { date: date(tracking.nextStep.dueDate) })}</p> : null}
          </>
        )}
      </div>

      {dispute ? (
        <div className="flex flex-col gap-1 rounded-md border border-red-200 bg-red-50 p-3" data-testid="tracking-dispute">
          <h3 className="text-base font-semibold">{t("disputeHeading")}</h3>
          <p className="font-medium">{text(dispute.grounds)}</p>
          {dispute.reasonCode ? <p className="text-sm">{t("reasonCode", { code: dispute.reasonCode })}</p> : null}
          <p className="text-sm">{dispute.isExpired ? t("deadlinePassed", { date: date(dispute.deadline) }) : t("deadline", { date: date(dispute.deadline), daysLeft: dispute.daysLeft })}</p>
          <h4 className="mt-1 text-sm font-semibold">{t("evidenceToSend")}</h4>
          <ul className="list-disc pl-5 text-sm">
            {dispute.evidence.map((key) => (
              <li key={key}>{text(key)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <PaymentTimeline
        timeline={timeline}
        labels={{
          heading: t("timelineHeading"),
          stageLabel: (number, stage, state) => t("stageLabel", { number, stage, state }),
          stage: (name) => tt(`timeline.stage.${name}`),
          state: (name) => tt(`timeline.state.${name}`),
          text,
          next: (value) => t("timelineNext", { text: value }),
        }}
      />

      <div className="flex flex-col gap-3">
        <h3 className="text-base font-semibold">{t("matchesHeading")}</h3>
        {visible.length === 0 ? <p className="text-sm text-stone-600">{t("noMatches")}</p> : null}
        <ul className="flex flex-col gap-3">
          {[...visible, ...rejected].map((m) => (
            <li key={m.id} className={`flex flex-col gap-2 rounded-md border p-3 ${m.decision === "rejected" ? "border-stone-200 text-stone-500" : "border-stone-300"}`} data-testid="match" data-decision={m.decision}>
              <p className="font-medium">{recordLine(m)}</p>
              <p className="text-sm font-semibold" data-testid="match-decision">
                {t(`decision.${m.decision}`)}
              </p>
              {m.decision !== "rejected" ? (
                <details className="text-sm" data-testid="match-why">
                  <summary className="cursor-pointer font-medium text-brand-700">{t("whyHeading")}</summary>
                  <div className="mt-2 flex flex-col gap-2">
                  {m.score ? (
                    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm" aria-label={t("scoreHeading")} data-testid="match-score">
                      <dt className="text-stone-600">{t("score.reference")}</dt>
                      <dd>{m.score.reference ? t(`score.referenceKinds.${m.score.reference}`) : t("score.referenceNone")}</dd>
                      <dt className="text-stone-600">{t("score.amount")}</dt>
                      <dd>{t("score.percent", { value: toPercent(m.score.amount) })}</dd>
                      <dt className="text-stone-600">{t("score.date")}</dt>
                      <dd>{t("score.days", { days: Math.abs(m.score.dateDistanceDays) })}</dd>
                      <dt className="text-stone-600">{t("score.merchant")}</dt>
                      <dd>{t("score.percent", { value: toPercent(m.score.merchantSimilarity) })}</dd>
                      <dt className="text-stone-600">{t("score.card")}</dt>
                      <dd>{t(`score.cards.${m.score.card}`)}</dd>
                      {m.score.rate ? (
                        <>
                          <dt className="text-stone-600">{t("score.rate")}</dt>
                          <dd data-testid="match-rate">{rateLine(m.score.rate)}</dd>
                        </>
                      ) : null}
                      <dt className="text-stone-600">{t("score.total")}</dt>
                      <dd>{t("score.percent", { value: toPercent(m.score.total) })}</dd>
                    </dl>
                  ) : null}
                  <ul className="list-disc pl-5 text-sm" data-testid="match-reasons">
                    {m.reasons.map((reason, index) => (
                      <li key={index}>{text(reason.key, reason.params)}</li>
                    ))}
                  </ul>
                  </div>
                </details>
              ) : null}
              {readOnly ? null : m.decision === "proposed" ? (
                <div className="flex flex-wrap gap-2">
                  <ActionButton compact action={decideMatchAction} fields={{ locale, matchId: m.id, decision: "confirmed" }} label={t("confirm")} pendingLabel={saving} testId="match-confirm" />
                  <ActionButton compact action={decideMatchAction} fields={{ locale, matchId: m.id, decision: "rejected" }} label={t("reject")} pendingLabel={saving} testId="match-reject" variant="secondary" />
                </div>
              ) : (
                <div className="flex flex-wrap gap-2">
                  <ActionButton compact action={decideMatchAction} fields={{ locale, matchId: m.id, decision: "reopened" }} label={t("reopen")} pendingLabel={saving} testId="match-reopen" variant="secondary" />
                </div>
              )}
            </li>
          ))}
        </ul>
      </div>

      {fees.length > 0 ? (
        <div className="flex flex-col gap-1" data-testid="fee-lines">
          <h3 className="text-base font-semibold">{t("feesHeading")}</h3>
          <p className="text-sm text-stone-600">{t("feesNote")}</p>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
            {fees.map((m) => (
              <li key={m.id} data-testid="fee-line">
                {recordLine(m)}
                {m.reasons.length > 0 ? <span className="block text-stone-600">{m.reasons.map((r) => text(r.key, r.params)).join(" · ")}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
