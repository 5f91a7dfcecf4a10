/**
 * `buildTimeline`: the slip on the five-stage payment path of PRODUCT.md §1 — captured at the
 * terminal → sent to the acquirer → forwarded to the issuer → authorised → cleared and posted —
 * each stage "proven" (with the evidence that proves it), "expected" (with what should happen and
 * by when), "unknown" (the window in which it normally happens has passed without a sign) or
 * "skipped" (the path ended early: declined offline at the terminal, or a hold released before
 * clearing). What proves what: the slip's offline wording, approval code or EMV code proves the
 * capture; any issuer record proves stages 2–4 (the issuer cannot know of a payment the acquirer
 * never sent); a posting proves stage 5. `next` is the first expectation with a due date.
 * See docs/statuses.md.
 */
import { addDays, readSlipLocalDate } from "@/domain/calendar";
import type { Charge, MatchRecord } from "@/domain/matching";
import { classifyCharge } from "./classify-charge";
import { UPLOAD_WINDOW_DAYS } from "./hold-window";
import { readHoldDueDate } from "./next-step";
import { TIMELINE_STAGES, type Evidence, type StatusSlip, type Timeline, type TimelineStage, type TimelineStageName } from "./status-types";

const OFFLINE_APPROVED = /^(Y1|Y3)$/;
const OFFLINE_DECLINED = /^(Z1|Z3)$/;

function readCaptureEvidence(slip: StatusSlip): string[] {
  const keys: string[] = [];
  const response = slip.responseCode?.trim().toUpperCase() ?? "";
  const approval = slip.approvalCode?.trim().toUpperCase() ?? "";
  if (slip.offlineWording?.trim()) keys.push("timeline.evidence.offlineWording");
  if (OFFLINE_APPROVED.test(response) || OFFLINE_APPROVED.test(approval)) keys.push("timeline.evidence.offlineApproved");
  else if (OFFLINE_DECLINED.test(response)) keys.push("timeline.evidence.offlineDeclined");
  if (/^[A-Z0-9]{6}$/.test(approval) && !/^0+$/.test(approval)) keys.push("timeline.evidence.approvalCode");
  return keys;
}

function ids(records: (MatchRecord | undefined)[]): string[] {
  return records.filter((r): r is MatchRecord => !!r).map((r) => r.id);
}

export function buildTimeline(slip: StatusSlip, charges: readonly Charge[], today: string): Timeline {
  const slipDate = readSlipLocalDate(slip.localDateTime);
  const uploadBy = addDays(slipDate, UPLOAD_WINDOW_DAYS);
  const allIds = charges.flatMap((c) => ids([c.hold, c.posting, ...c.credits]));
  const authIds = charges.flatMap((c) => ids([c.hold, c.posting, ...(c.hold || c.posting ? [] : c.credits)]));
  const postingIds = charges.flatMap((c) => ids([c.posting]));
  const summaries = charges.map((charge) => classifyCharge(charge, slip.currency));
  const activeHold = summaries.find((s) => s.state === "holdActive");
  const captureKeys = readCaptureEvidence(slip);
  const declinedAtTerminal = captureKeys.includes("timeline.evidence.offlineDeclined") && allIds.length === 0;
  const isStale = today > uploadBy;
  const ev = (recordIds: string[], ...reasonKeys: string[]): Evidence => ({ recordIds, reasonKeys });
  const beforeIssuer = (stage: TimelineStageName): TimelineStage => {
    if (declinedAtTerminal) return { stage, state: "skipped", evidence: ev([], "timeline.reason.declinedAtTerminal") };
    if (isStale) return { stage, state: "unknown", evidence: ev([], "timeline.reason.nothingAfterWindow") };
    return { stage, state: "expected", evidence: ev([]), expected: { key: "timeline.expected.upload", params: { dueDate: uploadBy }, dueDate: uploadBy } };
  };
  const stages: TimelineStage[] = TIMELINE_STAGES.map((stage): TimelineStage => {
    switch (stage) {
      case "captured":
        if (captureKeys.length > 0) return { stage, state: "proven", evidence: ev([], ...captureKeys) };
        if (allIds.length > 0) return { stage, state: "proven", evidence: ev(allIds, "timeline.evidence.issuerRecord") };
        return { stage, state: "unknown", evidence: ev([], "timeline.reason.noSlipEvidence") };
      case "sentToAcquirer":
      case "issuer":
        return allIds.length > 0 ? { stage, state: "proven", evidence: ev(allIds, "timeline.evidence.issuerRecord") } : beforeIssuer(stage);
      case "authorised":
        if (authIds.length > 0) {
          const key = charges.some((c) => c.hold) ? "timeline.evidence.hold" : postingIds.length > 0 ? "timeline.evidence.posting" : "timeline.evidence.issuerRecord";
          return { stage, state: "proven", evidence: ev(authIds, key) };
        }
        return beforeIssuer(stage);
      case "clearedPosted": {
        if (postingIds.length > 0) return { stage, state: "proven", evidence: ev(postingIds, "timeline.evidence.posting") };
        if (activeHold) {
          const { dueDate } = readHoldDueDate(activeHold, slip.merchantName);
          return { stage, state: "expected", evidence: ev([]), expected: { key: "timeline.expected.postOrDrop", params: { dueDate }, dueDate } };
        }
        if (allIds.length > 0) return { stage, state: "skipped", evidence: ev(allIds, "timeline.reason.released") };
        return beforeIssuer(stage);
      }
    }
  });
  const nextStage = stages.find((s) => s.state === "expected" && s.expected);
  return { stages, next: nextStage?.expected ? { stage: nextStage.stage, ...nextStage.expected } : null };
}
