/**
 * What the traveller should do next for each status, as a message key, its parameters (dates are
 * "YYYY-MM-DD": the UI formats them in the reader's language before interpolating) and, when
 * there is one, the date by which something should happen. Also whether the slip needs action —
 * charged twice, charged although it failed, nothing after the upload window, or a hold that
 * should have dropped already. See docs/statuses.md.
 */
import { addDays } from "@/domain/calendar";
import type { DisputeGrounds } from "@/domain/disputes";
import { UPLOAD_WINDOW_DAYS, readHoldDays } from "./hold-window";
import type { ChargeSummary } from "./classify-charge";
import type { NextStep, SlipStatus, StatusSlip } from "./status-types";

export type NextStepInput = {
  status: SlipStatus;
  slip: StatusSlip;
  slipDate: string;
  summaries: ChargeSummary[];
  focus: ChargeSummary[];
  hasPaidInstead: boolean;
  dispute: DisputeGrounds | null;
  today: string;
};

/** The date a hold should have dropped by: 7 days, 30 for hotels and car hire. */
export function readHoldDueDate(summary: ChargeSummary, slipName: string): { dueDate: string; days: number } {
  const days = readHoldDays(slipName, summary.lead?.merchant);
  return { dueDate: addDays(summary.date, days), days };
}

function planPending(input: NextStepInput): { nextStep: NextStep; needsAction: boolean } {
  const { dueDate, days } = readHoldDueDate(input.focus[0]!, input.slip.merchantName);
  if (input.today > dueDate) return { nextStep: { key: "next.holdOverdue", params: { dueDate }, dueDate }, needsAction: true };
  const key = input.hasPaidInstead ? "next.holdShouldDrop" : "next.holdDrops";
  return { nextStep: { key, params: { days, dueDate }, dueDate }, needsAction: false };
}

function planDuplicate(input: NextStepInput): { nextStep: NextStep; needsAction: boolean } {
  const dispute = input.dispute!;
  const base = input.focus.length >= 2 ? "next.chargedTwice" : "next.chargedAlthoughPaidInstead";
  const key = dispute.isExpired ? `${base}Late` : base;
  return { nextStep: { key, params: { deadline: dispute.deadline, daysLeft: dispute.daysLeft }, dueDate: dispute.deadline }, needsAction: true };
}

export function planNextStep(input: NextStepInput): { nextStep: NextStep; needsAction: boolean } {
  const uploadBy = addDays(input.slipDate, UPLOAD_WINDOW_DAYS);
  switch (input.status) {
    case "duplicate":
      return planDuplicate(input);
    case "posted": {
      const otherHold = input.summaries.find((s) => s.state === "holdActive");
      if (!otherHold) return { nextStep: { key: "next.checkPosted", params: {} }, needsAction: false };
      const { dueDate } = readHoldDueDate(otherHold, input.slip.merchantName);
      return { nextStep: { key: "next.postedWatchHold", params: { dueDate }, dueDate }, needsAction: false };
    }
    case "pending":
      return planPending(input);
    case "refunded":
      return { nextStep: { key: "next.checkRefund", params: {} }, needsAction: false };
    case "reversed":
      return { nextStep: { key: "next.nothingCharged", params: {} }, needsAction: false };
    case "unmatched_stale":
      return { nextStep: { key: input.hasPaidInstead ? "next.staleAfterPaidInstead" : "next.stale", params: { since: uploadBy } }, needsAction: true };
    case "awaiting":
      return {
        nextStep: { key: input.hasPaidInstead ? "next.awaitingAfterPaidInstead" : "next.awaiting", params: { dueDate: uploadBy }, dueDate: uploadBy },
        needsAction: false,
      };
  }
}
