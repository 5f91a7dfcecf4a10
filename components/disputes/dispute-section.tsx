/**
 * The slip page's "Dispute this charge" section (docs/disputes.md): the recommended ground with
 * its network code, the deadline and days left, what to send, and links to the letters, the
 * evidence pack (PDF) and the reminder calendar (.ics); then the dispute the traveller tracks —
 * where it stands, its steps, and the form for the next one ("I sent it", "The bank answered",
 * undo). Shown while the slip has grounds or a tracked dispute. Loads what it shows, scoped by
 * the user.
 */
import { getTranslations } from "next-intl/server";
import { looseKeys } from "@/i18n/loose-keys";
import { getDateLocale } from "@/i18n/date-locale";
import { AppLink as Link } from "@/components/ui/app-link";
import { formatGroundTitle, type Translate } from "@/domain/disputes";
import { formatMoney } from "@/domain/money";
import type { DisputeProgress } from "@/domain/disputes/dispute-progress";
import { getDisputeContextForUser } from "@/server/disputes/dispute-queries";
import { disputeStepAction } from "@/server/disputes/dispute-actions";
import { todayIso } from "@/server/tracking/recompute";
import { formatCalendarDate } from "@/components/tracking/tracking-format";
import { ActionButton } from "@/components/ui/action-button";
import { DisputeAnswerForm, DisputeSentForm } from "./dispute-step-forms";

type Props = { userId: string; slipId: string; locale: string; saved?: string };

const SAVED = new Set(["sent", "credited", "partlyCredited", "refused", "undo"]);

export async function DisputeSection({ userId, slipId, locale, saved }: Props) {
  const context = await getDisputeContextForUser(userId, slipId);
  if (!context) return null;
  const finding = context.findings[0];
  const { progress } = context;
  if (!finding && progress.state === "none") return null;
  const t = await getTranslations({ locale, namespace: "disputes.page" });
  const dateLocale = await getDateLocale(locale);
  const tracked = (
    <DisputeProgressView
      progress={progress} locale={locale} dateLocale={dateLocale} slipId={slipId} saved={saved && SAVED.has(saved) ? saved : undefined}
      currency={finding?.disputed?.currency ?? context.input.slip.currency} standalone={!finding}
    />
  );
  if (!finding) {
    return (
      <section id="dispute" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="dispute-progress-heading" data-testid="dispute-section">
        {tracked}
      </section>
    );
  }
  // Grounds and evidence keys come from domain/disputes; its message tests check them.
  const td = looseKeys(await getTranslations({ locale, namespace: "disputes" }));
  const translate: Translate = (key, params) => (td as unknown as (k: string, p?: object) => string)(key, params);
  const { deadline, daysLeft, isExpired } = finding.deadline;
  const query = `?locale=${encodeURIComponent(locale)}`;
  const button = "rounded-md border border-red-300 bg-white px-4 py-3 text-center font-semibold text-red-800";
  return (
    <section id="dispute" className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-4" aria-labelledby="dispute-heading" data-testid="dispute-section">
      <h2 id="dispute-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm">{t("intro")}</p>
      <div className="flex flex-col gap-1">
        <h3 className="text-sm font-semibold text-stone-700">{t("recommended")}</h3>
        <p className="font-medium break-words" data-testid="dispute-ground">
          {formatGroundTitle(finding, translate)}
        </p>
        {finding.reasonCode ? (
          <p className="text-sm" data-testid="dispute-code">
            {t("networkCode", { code: finding.reasonCode })}
          </p>
        ) : null}
        <p className="text-sm" data-testid="dispute-deadline">
          {deadline === null ? t("noDeadline") : isExpired ? t("deadlinePassed", { date: formatCalendarDate(deadline, dateLocale) }) : t("deadline", { date: formatCalendarDate(deadline, dateLocale), daysLeft: daysLeft ?? 0 })}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <h3 className="text-sm font-semibold text-stone-700">{t("evidenceHeading")}</h3>
        <ul className="list-disc pl-5 text-sm" data-testid="dispute-evidence">
          {finding.evidence.map((key) => (
            <li key={key}>{td.has(key) ? translate(key) : key}</li>
          ))}
        </ul>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Link href={`/slips/${slipId}/dispute`} className={button} data-testid="dispute-letters-link">
          {t("openLetters")}
        </Link>
        <a href={`/api/slips/${slipId}/dispute-pack${query}`} download className={button} data-testid="dispute-pack-link">
          {t("downloadPack")}
        </a>
        <a href={`/api/slips/${slipId}/reminders.ics${query}`} download className={button} data-testid="dispute-ics-link">
          {t("downloadReminders")}
        </a>
      </div>
      {tracked}
    </section>
  );
}

/** Where the tracked dispute stands, its steps (a small timeline) and the form for the next step. */
async function DisputeProgressView({ progress, locale, dateLocale, slipId, saved, currency, standalone }: { progress: DisputeProgress; locale: string; dateLocale: string; slipId: string; saved?: string; currency: string; standalone: boolean }) {
  const t = await getTranslations({ locale, namespace: "disputes.progress" });
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const money = (m: { amountMinor: number; currency: string } | null) => (m ? formatMoney(m.amountMinor, m.currency, locale) : "");
  const today = todayIso();
  const summary =
    progress.state === "none" ? t("none")
    : progress.state === "open" ? t(progress.isOverdue ? "overdue" : "open", { sentOn: date(progress.sentOn), followUpOn: date(progress.followUpOn) })
    : progress.state === "partlyCredited" ? t("partlyCredited", { closedOn: date(progress.closedOn), amount: money(progress.credited) })
    : t(progress.state, { closedOn: date(progress.closedOn) });
  const last = progress.steps.at(-1);
  // Its own section's heading (h2) when the slip has no ground any more, else under "Dispute this charge".
  const [Heading, SubHeading] = standalone ? (["h2", "h3"] as const) : (["h3", "h4"] as const);
  return (
    <div className={standalone ? "flex flex-col gap-3" : "flex flex-col gap-3 border-t border-red-200 pt-3"} data-testid="dispute-progress" data-state={progress.state}>
      <Heading id="dispute-progress-heading" className={standalone ? "text-lg font-semibold" : "text-base font-semibold"}>
        {t("heading")}
      </Heading>
      {saved ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" role="status" data-testid="dispute-saved">
          {t(`saved.${saved as "sent"}`)}
        </p>
      ) : null}
      <p className={progress.state === "open" && progress.isOverdue ? "font-medium text-red-800" : "text-sm"} data-testid="dispute-progress-summary">
        {summary}
      </p>
      {progress.steps.length > 0 ? (
        <div className="flex flex-col gap-1">
          <SubHeading className="text-sm font-semibold text-stone-700">{t("stepsHeading")}</SubHeading>
          <ol className="flex flex-col gap-1 border-l-2 border-stone-300 pl-3 text-sm" data-testid="dispute-steps">
            {progress.steps.map((step) => (
              <li key={step.id} data-kind={step.kind}>
                {step.kind === "sent"
                  ? step.followUpOn ? t("step.sentFollowUp", { on: date(step.on), followUpOn: date(step.followUpOn) }) : t("step.sent", { on: date(step.on) })
                  : step.kind === "partlyCredited" ? t("step.partlyCredited", { on: date(step.on), amount: money(step.credited) })
                  : t(`step.${step.kind}`, { on: date(step.on) })}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {progress.state === "none" ? (
        <DisputeSentForm
          action={disputeStepAction} locale={locale} slipId={slipId} today={today}
          labels={{ heading: t("sentForm.heading"), on: t("sentForm.on"), followUpOn: t("sentForm.followUpOn"), followUpHint: t("sentForm.followUpHint"), submit: t("sentForm.submit"), pending: t("sentForm.pending") }}
        />
      ) : null}
      {progress.state === "open" ? (
        <DisputeAnswerForm
          action={disputeStepAction} locale={locale} slipId={slipId} today={today}
          labels={{
            heading: t("outcomeForm.heading"), outcome: t("outcomeForm.outcome"), credited: t("outcomeForm.credited"), partlyCredited: t("outcomeForm.partlyCredited"),
            refused: t("outcomeForm.refused"), on: t("outcomeForm.on"), amount: t("outcomeForm.amount", { currency }), amountHint: t("outcomeForm.amountHint"),
            submit: t("outcomeForm.submit"), pending: t("outcomeForm.pending"),
          }}
        />
      ) : null}
      {last ? (
        <ActionButton
          action={disputeStepAction} fields={{ locale, slipId, intent: "undo", stepId: last.id }} label={t("undo")} pendingLabel={t("undoPending")}
          variant="secondary" compact testId="dispute-undo"
        />
      ) : null}
    </div>
  );
}
