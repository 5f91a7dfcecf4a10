/**
 * How a dispute travels through the JSON API (`GET/POST /api/slips/{id}/dispute`): the
 * recommended ground with its deadline, the letters in the asked language (the traveller's
 * wording where they edited one), the facts the letters were filled from (card as last 4 only),
 * and the tracked dispute's progress. Dates "YYYY-MM-DD"; amounts in minor units beside a decimal string.
 */
import "server-only";
import type { DisputeProgress } from "@/domain/disputes/dispute-progress";
import { formatMinorAsDecimal } from "@/domain/money";
import type { DisputeContext, DisputeLetters, ShownLetter } from "./dispute-queries";

const money = (m: { amountMinor: number; currency: string } | null) => (m ? { ...m, amount: formatMinorAsDecimal(m.amountMinor, m.currency) } : null);

export function toApiDisputeProgress(progress: DisputeProgress) {
  const steps = progress.steps.map((s) => ({ id: s.id, kind: s.kind, on: s.on, followUpOn: s.followUpOn, credited: money(s.credited) }));
  const base = { state: progress.state, steps, undoStepId: steps.at(-1)?.id ?? null };
  if (progress.state === "none") return { ...base, sentOn: null, followUpOn: null, isOverdue: false, closedOn: null, credited: null };
  if (progress.state === "open") return { ...base, sentOn: progress.sentOn, followUpOn: progress.followUpOn, isOverdue: progress.isOverdue, closedOn: null, credited: null };
  return { ...base, sentOn: progress.sentOn, followUpOn: null, isOverdue: false, closedOn: progress.closedOn, credited: money(progress.credited) };
}

const letter = (l: ShownLetter) => ({ lang: l.lang, audience: l.audience, subject: l.subject, text: l.text, edited: l.edited });

export function toApiDispute(context: DisputeContext, letters: DisputeLetters | null, lang: "en" | "zh-CN") {
  const { slip } = context.input;
  const finding = letters?.finding ?? null;
  return {
    slipId: context.slipId,
    lang,
    ground: finding && {
      id: finding.ground, route: finding.route, network: finding.network, reasonCode: finding.reasonCode, disputed: money(finding.disputed),
      deadline: finding.deadline.deadline, daysLeft: finding.deadline.daysLeft, isExpired: finding.deadline.isExpired, evidence: finding.evidence,
    },
    fields: {
      merchantName: slip.merchantName, city: slip.city, country: slip.country, localDateTime: slip.localDateTime, amount: money({ amountMinor: slip.amountMinor, currency: slip.currency }),
      cardLast4: slip.cardLast4, approvalCode: slip.approvalCode ?? null, rrn: slip.rrn ?? null, tid: slip.tid ?? null, mid: slip.mid ?? null,
      recordIds: finding?.recordIds ?? [],
    },
    letters: letters && { issuer: letter(letters.issuer.traveller), merchant: letter(letters.merchant.traveller), merchantNote: letters.note && { lang: letters.note.lang, text: letters.note.text } },
    progress: toApiDisputeProgress(context.progress),
  };
}
