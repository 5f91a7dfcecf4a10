/** The tracking section's facts: the status and since when, its evidence, the next step, dispute grounds. */
import type { TrackingView as TrackingData } from "@/server/tracking/tracking-queries";
import { StatusBadge } from "./status-badge";
import { trackingTexts } from "./tracking-texts";

type Part = { tracking: TrackingData; locale: string };

export async function TrackingStatus({ tracking, locale, decided }: Part & { decided?: string }) {
  const { t, tt, date } = await trackingTexts(locale);
  return (
    <>
      {decided === "confirmed" || decided === "rejected" ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="match-decided">
          {t(`decided.${decided}`)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <span className="sr-only">{t("statusLabel")}</span>
        <StatusBadge status={tracking.status} label={tt(`status.${tracking.status}`)} testId="tracking-status" />
        <span className="text-sm text-stone-600" data-testid="tracking-since">
          {t("since", { date: date(tracking.since) })}
        </span>
      </div>
    </>
  );
}

export async function TrackingEvidence({ tracking, locale }: Part) {
  const { t, text, recordLine } = await trackingTexts(locale);
  const records = new Map(tracking.matches.map((m) => [m.recordId, m]));
  return (
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
  );
}

export async function TrackingNextStep({ tracking, locale }: Part) {
  const { t, text, date } = await trackingTexts(locale);
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-base font-semibold">{t("nextStepHeading")}</h3>
      <p data-testid="tracking-next-step">{text(tracking.nextStep.key, tracking.nextStep.params)}</p>
      {tracking.nextStep.dueDate ? <p className="text-sm text-stone-600">{t("dueBy", { date: date(tracking.nextStep.dueDate) })}</p> : null}
    </div>
  );
}

export async function TrackingDispute({ dispute, locale }: { dispute: NonNullable<TrackingData["dispute"]>; locale: string }) {
  const { t, text, date } = await trackingTexts(locale);
  return (
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
  );
}
