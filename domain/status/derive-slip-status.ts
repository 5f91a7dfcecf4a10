/**
 * `deriveSlipStatus`: where a logged slip stands (PRODUCT.md §5), from the charges matching found
 * for it and the traveller's "how I paid instead". The rules, first that applies:
 * 1. duplicate — two or more charges posted and not given back, or one posted although the
 *    traveller paid by other means (a failed payment that was charged anyway);
 * 2. posted — one charge posted and not (fully) given back;
 * 3. pending — an authorisation hold still active;
 * 4. refunded — a posted charge refunded in full (or a lone refund);
 * 5. reversed — a hold released, or a reversal posted;
 * 6. unmatched_stale — nothing at all more than 30 days after the slip's local date: the payment
 *    was most likely never uploaded and will most likely never be charged;
 * 7. awaiting — nothing yet, still within those 30 days.
 * `since` is the date the slip entered the status; `today` is passed in. Recomputing on every
 * change of records or decisions is cheap and gives the same answer for the same input.
 * See docs/statuses.md.
 */
import { compareIds } from "@/domain/matching/multimap";
import { addDays, readSlipLocalDate } from "@/domain/calendar";
import { detectCardNetwork, disputeGrounds } from "@/domain/disputes";
import { classifyCharge, isPostedAndKept, type ChargeSummary } from "./classify-charge";
import { UPLOAD_WINDOW_DAYS } from "./hold-window";
import { planNextStep } from "./next-step";
import type { DeriveStatusInput, Evidence, SlipStatus, SlipStatusResult } from "./status-types";

type Decision = { status: SlipStatus; since: string; focus: ChargeSummary[] };

function byDateThenId(a: ChargeSummary, b: ChargeSummary): number {
  return compareIds(a.date, b.date) || compareIds(a.charge.id, b.charge.id);
}

function decide(summaries: ChargeSummary[], hasPaidInstead: boolean, slipDate: string, today: string): Decision {
  const posted = summaries.filter(isPostedAndKept).sort(byDateThenId);
  if (posted.length >= 2) return { status: "duplicate", since: posted[1]!.date, focus: posted };
  if (posted.length === 1) return { status: hasPaidInstead ? "duplicate" : "posted", since: posted[0]!.date, focus: posted };
  const holds = summaries.filter((s) => s.state === "holdActive").sort(byDateThenId);
  if (holds.length > 0) return { status: "pending", since: holds[0]!.date, focus: holds };
  const latest = (state: ChargeSummary["state"][]) => summaries.filter((s) => state.includes(s.state)).sort(byDateThenId);
  const refunded = latest(["refunded"]);
  if (refunded.length > 0) return { status: "refunded", since: refunded.at(-1)!.date, focus: refunded };
  const reversed = latest(["released", "reversed"]);
  if (reversed.length > 0) return { status: "reversed", since: reversed.at(-1)!.date, focus: reversed };
  const staleFrom = addDays(slipDate, UPLOAD_WINDOW_DAYS);
  return today > staleFrom ? { status: "unmatched_stale", since: staleFrom, focus: [] } : { status: "awaiting", since: slipDate, focus: [] };
}

export function deriveSlipStatus({ slip, charges, paidInstead, today, network }: DeriveStatusInput): SlipStatusResult {
  const slipDate = readSlipLocalDate(slip.localDateTime);
  const summaries = charges.map((charge) => classifyCharge(charge, slip.currency));
  const hasPaidInstead = paidInstead !== null;
  const { status, since, focus } = decide(summaries, hasPaidInstead, slipDate, today);
  const evidence: Evidence[] = [...summaries].sort(byDateThenId).map((s) => s.evidence);
  if (hasPaidInstead) evidence.push({ recordIds: [], reasonKeys: ["evidence.paidInstead"] });
  if (summaries.length === 0) evidence.push({ recordIds: [], reasonKeys: [status === "unmatched_stale" ? "evidence.nothingAfterWindow" : "evidence.nothingYet"] });
  if (status === "duplicate" && focus.length >= 2) evidence.push({ recordIds: focus.flatMap((s) => s.evidence.recordIds), reasonKeys: ["evidence.chargedTwice"] });
  const kind = focus.length >= 2 ? "duplicateProcessing" : "paidByOtherMeans";
  const dispute = disputeGrounds({
    status, kind, network: network ?? detectCardNetwork({ aid: slip.aid, applicationLabel: slip.applicationLabel }),
    postingDate: focus.at(-1)?.date ?? since, today,
  });
  const { nextStep, needsAction } = planNextStep({ status, slip, slipDate, summaries, focus, hasPaidInstead, dispute, today });
  return { status, since, evidence, nextStep, needsAction, dispute };
}
