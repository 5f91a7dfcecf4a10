/**
 * Every message key status, evidence, next steps and timeline can return, relative to the
 * "tracking" namespace ("tracking" in messages/*.json); a test keeps this list and both message files
 * in step. See docs/statuses.md.
 */
import { SLIP_STATUSES, TIMELINE_STAGES } from "./status-types";
import { PROBABLE_STATUSES } from "./status-certainty";

export const STATUS_MESSAGE_KEYS = [
  ...SLIP_STATUSES.map((s) => `status.${s}`),
  ...PROBABLE_STATUSES.map((s) => `statusProbable.${s}`),
  ...TIMELINE_STAGES.map((s) => `timeline.stage.${s}`),
  ...["proven", "expected", "unknown", "skipped"].map((s) => `timeline.state.${s}`),
  "evidence.holdSeen", "evidence.posted", "evidence.released", "evidence.droppedFromExport", "evidence.reversalPosted", "evidence.refunded",
  "evidence.partlyRefunded", "evidence.creditNotCompared", "evidence.paidInstead", "evidence.nothingYet",
  "evidence.nothingAfterWindow", "evidence.chargedTwice",
  "next.awaiting", "next.awaitingAfterPaidInstead", "next.holdDrops", "next.holdShouldDrop", "next.holdOverdue",
  "next.checkPosted", "next.postedWatchHold", "next.chargedTwice", "next.chargedTwiceLate", "next.chargedAlthoughPaidInstead",
  "next.chargedAlthoughPaidInsteadLate", "next.checkRefund", "next.nothingCharged", "next.stale", "next.staleAfterPaidInstead",
  "timeline.evidence.offlineWording", "timeline.evidence.offlineApproved", "timeline.evidence.offlineDeclined",
  "timeline.evidence.approvalCode", "timeline.evidence.issuerRecord", "timeline.evidence.hold", "timeline.evidence.posting",
  "timeline.reason.declinedAtTerminal", "timeline.reason.nothingAfterWindow", "timeline.reason.noSlipEvidence", "timeline.reason.released",
  "timeline.expected.upload", "timeline.expected.postOrDrop",
] as const;
