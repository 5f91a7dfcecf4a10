/**
 * Status and timeline of a logged slip: where the payment stands (PRODUCT.md §5) with its
 * evidence and next step, and the five-stage path of §1. See docs/statuses.md.
 */
export { deriveSlipStatus } from "./derive-slip-status";
export { buildTimeline } from "./build-timeline";
export { classifyCharge } from "./classify-charge";
export type { ChargeState, ChargeSummary } from "./classify-charge";
export { HOLD_DAYS, LONG_HOLD_DAYS, UPLOAD_WINDOW_DAYS, readHoldDays } from "./hold-window";
export { STATUS_MESSAGE_KEYS } from "./status-message-keys";
export { SLIP_STATUSES, TIMELINE_STAGES } from "./status-types";
export { summariseStatusMoves } from "./status-changes";
export { readTimelineOnce } from "./timeline-reading";
export { isStatusProbable, statusMessageKey } from "./status-certainty";
export type { TimelineReading } from "./timeline-reading";
export type { SlipStatusChange, StatusMove } from "./status-changes";
export type {
  DeriveStatusInput, Evidence, Expectation, NextStep, PaidInstead, SlipStatus, SlipStatusResult, StageState, StatusSlip,
  Timeline, TimelineStage, TimelineStageName,
} from "./status-types";
