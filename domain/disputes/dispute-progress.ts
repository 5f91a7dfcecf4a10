/**
 * A dispute the traveller tracks (docs/disputes.md "Tracking a dispute"): the steps they record —
 * "I sent it on …", then the issuer's answer: credited, partly credited or refused — read into
 * where the dispute stands today, and the rule for which step may follow which.
 *
 * - No step: no dispute ("none").
 * - "sent": open, with a follow-up date — the traveller's own, or 30 days after sending. Thirty
 *   days is the acknowledgement deadline US card issuers must meet for a billing-error notice
 *   (Regulation Z, 12 CFR 1026.13(c)(1)); it is a sensible "chase them" date elsewhere too. Past
 *   it and with no answer, the dispute is "overdue": the traveller should chase the issuer.
 * - "credited", "partlyCredited" (with the amount credited) or "refused" closes it.
 * - The last step can be undone (a mistyped date, a wrong button); nothing else is rewritten.
 *
 * Dates are calendar dates "YYYY-MM-DD" in the traveller's day; a step may not be in the
 * future, before the slip's day, or (an answer) before the letter was sent. Pure: `today` is
 * passed in. Messages are keys under "disputes.progress".
 */
import { addDays } from "@/domain/matching/calendar-days";
import type { Money } from "./find-grounds";

export const DISPUTE_STEP_KINDS = ["sent", "credited", "partlyCredited", "refused"] as const;
export type DisputeStepKind = (typeof DISPUTE_STEP_KINDS)[number];
export const DISPUTE_OUTCOMES = ["credited", "partlyCredited", "refused"] as const satisfies readonly DisputeStepKind[];
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export type DisputeStep = { id: string; kind: DisputeStepKind; on: string; followUpOn: string | null; credited: Money | null; ground: string | null };

export const FOLLOW_UP_DAYS = 30;

export type DisputeProgress =
  | { state: "none"; steps: [] }
  | { state: "open"; steps: DisputeStep[]; sentOn: string; ground: string | null; followUpOn: string; isOverdue: boolean }
  | { state: DisputeOutcome; steps: DisputeStep[]; sentOn: string; ground: string | null; closedOn: string; credited: Money | null };

/** Where the dispute stands on `today`, from its steps in the order they were recorded. */
export function readDisputeProgress(steps: readonly DisputeStep[], today: string): DisputeProgress {
  const sent = steps.find((s) => s.kind === "sent");
  if (!sent) return { state: "none", steps: [] };
  const list = [...steps];
  const outcome = list.find((s): s is DisputeStep & { kind: DisputeOutcome } => s.kind !== "sent");
  if (outcome) return { state: outcome.kind, steps: list, sentOn: sent.on, ground: sent.ground, closedOn: outcome.on, credited: outcome.credited };
  const followUpOn = sent.followUpOn ?? addDays(sent.on, FOLLOW_UP_DAYS);
  return { state: "open", steps: list, sentOn: sent.on, ground: sent.ground, followUpOn, isOverdue: today > followUpOn };
}

export type NewDisputeStep = { kind: DisputeStepKind; on: string; followUpOn?: string | null; credited?: Money | null };
export type StepRefusal =
  | "progress.error.alreadySent" | "progress.error.notSent" | "progress.error.closed" | "progress.error.future" | "progress.error.beforeSlip"
  | "progress.error.beforeSent" | "progress.error.followUpBeforeSent" | "progress.error.amountNeeded" | "progress.error.amountTooLarge" | "progress.error.currency";

/**
 * Why this step may not follow the dispute's steps so far (a message key), or null when it may.
 * `slipDay` is the slip's calendar day; `disputed` the amount the letter asks back, when known —
 * a partial credit must be more than nothing and less than it (all of it is "credited").
 */
export function refuseDisputeStep(progress: DisputeProgress, step: NewDisputeStep, { today, slipDay, disputed }: { today: string; slipDay: string; disputed: Money | null }): StepRefusal | null {
  if (step.on > today) return "progress.error.future";
  if (step.on < slipDay) return "progress.error.beforeSlip";
  if (step.kind === "sent") {
    if (progress.state !== "none") return "progress.error.alreadySent";
    if (step.followUpOn && step.followUpOn <= step.on) return "progress.error.followUpBeforeSent";
    return null;
  }
  if (progress.state === "none") return "progress.error.notSent";
  if (progress.state !== "open") return "progress.error.closed";
  if (step.on < progress.sentOn) return "progress.error.beforeSent";
  if (step.kind === "partlyCredited") {
    const credited = step.credited;
    if (!credited || credited.amountMinor <= 0) return "progress.error.amountNeeded";
    if (disputed && credited.currency !== disputed.currency) return "progress.error.currency";
    if (disputed && credited.amountMinor >= disputed.amountMinor) return "progress.error.amountTooLarge";
  }
  return null;
}

/** The step the traveller may undo: the last one recorded, if any. */
export function lastDisputeStep(progress: DisputeProgress): DisputeStep | null {
  return progress.steps.at(-1) ?? null;
}

/** True while the traveller has nothing to do until the follow-up date: an open, not overdue dispute. */
export function isWaitingOnIssuer(progress: DisputeProgress): boolean {
  return progress.state === "open" && !progress.isOverdue;
}

/** A dispute in brief, for lists and badges: its state, and while open its follow-up date and whether it is past. */
export type DisputeBrief = { state: DisputeProgress["state"]; followUpOn: string | null; isOverdue: boolean };

export function briefDisputeProgress(progress: DisputeProgress): DisputeBrief {
  return progress.state === "open"
    ? { state: "open", followUpOn: progress.followUpOn, isOverdue: progress.isOverdue }
    : { state: progress.state, followUpOn: null, isOverdue: false };
}

/**
 * Whether the slip still needs the traveller, once their dispute is known: a dispute sent and not
 * yet due for a follow-up, or closed, takes the slip off "needs action"; an overdue one puts it back.
 */
export function needsActionWithDispute(needsAction: boolean, progress: DisputeBrief): boolean {
  if (progress.state === "none") return needsAction;
  if (progress.state === "open") return progress.isOverdue;
  return false;
}
