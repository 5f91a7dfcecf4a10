/**
 * `planReminders`: the dates worth a reminder for one slip, from what status and the grounds
 * already say — the dispute deadline (and a week before it), "the hold should be gone by …"
 * (a hold's drop date), "check again on …" (the end of the upload window while nothing has
 * arrived), and — once the traveller sent the dispute — its follow-up date instead of the
 * deadlines (a closed dispute needs no dispute reminder). Only dates from `today` on. `renderReminders` writes them in the traveller's language
 * for the calendar file (ics-calendar.ts) and, later, notifications and email. Stable ids: one
 * reminder keeps its id across recomputes, so a scheduler can fire it once. See docs/disputes.md.
 */
import { addDays, readSlipLocalDate } from "@/domain/matching/calendar-days";
import type { NextStep } from "@/domain/status/status-types";
import type { DisputeSlip } from "./dispute-case";
import type { DisputeProgress } from "./dispute-progress";
import { formatGroundTitle } from "./build-letter";
import type { GroundFinding } from "./find-grounds";
import type { CalendarEvent } from "./ics-calendar";
import { cleanText, formatLetterDate, formatLetterMoney } from "./letter-facts";
import type { LetterLanguage, Translate } from "./letter-model";

export const REMINDER_KINDS = ["disputeDeadline", "disputeSoon", "disputeFollowUp", "holdDrop", "checkAgain"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export type Reminder = { id: string; kind: ReminderKind; date: string; slipId: string; finding?: GroundFinding };

const HOLD_KEYS = new Set(["next.holdDrops", "next.holdShouldDrop", "next.postedWatchHold"]);
const CHECK_KEYS = new Set(["next.awaiting", "next.awaitingAfterPaidInstead"]);
const SOON_DAYS = 7;

export function planReminders({ slipId, nextStep, findings, today, dispute }: { slipId: string; nextStep: NextStep; findings: readonly GroundFinding[]; today: string; dispute?: DisputeProgress }): Reminder[] {
  const reminders: Reminder[] = [];
  const finding = findings.find((f) => f.deadline.deadline && f.deadline.deadline >= today);
  const deadline = finding?.deadline.deadline;
  const disputeSent = dispute !== undefined && dispute.state !== "none";
  if (dispute?.state === "open" && dispute.followUpOn >= today) {
    reminders.push({ id: `${slipId}.disputeFollowUp.${dispute.sentOn}.${dispute.followUpOn}`, kind: "disputeFollowUp", date: dispute.followUpOn, slipId });
  }
  if (finding && deadline && !disputeSent) {
    const soon = addDays(deadline, -SOON_DAYS);
    if (soon > today) reminders.push({ id: `${slipId}.disputeSoon.${finding.ground}`, kind: "disputeSoon", date: soon, slipId, finding });
    reminders.push({ id: `${slipId}.disputeDeadline.${finding.ground}`, kind: "disputeDeadline", date: deadline, slipId, finding });
  }
  const due = nextStep.dueDate;
  if (due && due >= today && HOLD_KEYS.has(nextStep.key)) reminders.push({ id: `${slipId}.holdDrop.${due}`, kind: "holdDrop", date: due, slipId });
  if (due && due >= today && CHECK_KEYS.has(nextStep.key)) reminders.push({ id: `${slipId}.checkAgain.${due}`, kind: "checkAgain", date: due, slipId });
  return reminders.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** Reminders as calendar events, worded through the "disputes" translator in `lang`. */
export function renderReminders({ reminders, slip, lang, t }: { reminders: readonly Reminder[]; slip: DisputeSlip; lang: LetterLanguage; t: Translate }): CalendarEvent[] {
  const base = {
    merchant: cleanText(slip.merchantName) ?? "", amount: formatLetterMoney(slip.amountMinor, slip.currency, lang),
    date: formatLetterDate(readSlipLocalDate(slip.localDateTime), lang),
  };
  return reminders.map((r) => {
    const params = {
      ...base, groundTitle: r.finding ? formatGroundTitle(r.finding, t) : "",
      deadline: r.finding?.deadline.deadline ? formatLetterDate(r.finding.deadline.deadline, lang) : "",
    };
    return { uid: `${r.id}@sliptrack`, date: r.date, summary: t(`reminder.${r.kind}.summary`, params), description: t(`reminder.${r.kind}.description`, params) };
  });
}
