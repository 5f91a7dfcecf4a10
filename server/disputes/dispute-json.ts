/**
 * How a dispute travels through the JSON API (`GET/POST /api/slips/{id}/dispute`): the
 * recommended ground with its deadline, the letters in the asked language (the traveller's
 * wording where they edited one), the facts the letters were filled from (card as last 4 only),
 * and the tracked dispute's progress. Dates "YYYY-MM-DD"; amounts in minor units beside a decimal string.
 */
import "server-only";
import { z } from "zod";
import { DISPUTE_STEP_KINDS, type DisputeProgress } from "@/domain/disputes/dispute-progress";
import { GROUND_IDS } from "@/domain/disputes";
import { formatMinorAsDecimal } from "@/domain/money";
import { apiSchemas } from "@/server/http/openapi-common";
import type { DisputeContext, DisputeLetters, ShownLetter } from "./dispute-queries";

// Response schemas: what toApiDispute sends, and (generated) the OpenAPI components.
const day = z.string().meta({ format: "date" });
const moneyJson = z.strictObject({ amountMinor: z.number().int(), currency: z.string(), amount: z.string() }).register(apiSchemas, { id: "DisputeMoney" });
const STATES = ["none", "open", "credited", "partlyCredited", "refused"] as const;

export const disputeBriefJson = z
  .strictObject({ state: z.enum(STATES), followUpOn: day.nullable(), isOverdue: z.boolean() })
  .register(apiSchemas, { id: "DisputeBrief", description: "The dispute the traveller tracks, in brief: `none` until they say they sent it; `open` with its follow-up date (overdue once past); or how it closed." });

export const disputeProgressJson = z
  .strictObject({
    state: z.enum(STATES),
    steps: z.array(z.strictObject({ id: z.string(), kind: z.enum(DISPUTE_STEP_KINDS), on: day, followUpOn: day.nullable(), credited: moneyJson.nullable() })),
    undoStepId: z.string().nullable().meta({ description: "The step `{ action: \"undo\", stepId }` may take back: the last one." }),
    sentOn: day.nullable(), followUpOn: day.nullable().meta({ description: "While open: the traveller's date, or 30 days after sending." }),
    isOverdue: z.boolean(), closedOn: day.nullable(), credited: moneyJson.nullable(),
  })
  .register(apiSchemas, { id: "DisputeProgress" });

const letterJson = z.strictObject({
  lang: z.enum(["en", "zh-CN"]), audience: z.enum(["issuer", "merchant"]), subject: z.string(), text: z.string(),
  edited: z.boolean().meta({ description: "The text is the traveller's own wording (saved with `editLetter`)." }),
});

export const disputeJson = z
  .strictObject({
    slipId: z.string(), lang: z.enum(["en", "zh-CN"]),
    ground: z.strictObject({
      id: z.enum(GROUND_IDS), route: z.string(), network: z.string(), reasonCode: z.string().nullable(), disputed: moneyJson.nullable(),
      deadline: day.nullable(), daysLeft: z.number().int().nullable(), isExpired: z.boolean(), evidence: z.array(z.string()),
    }).nullable().meta({ description: "The recommended ground (docs/disputes.md); null when the slip has none today." }),
    fields: z.strictObject({
      merchantName: z.string(), city: z.string().nullable(), country: z.string(), localDateTime: z.string(), amount: moneyJson,
      cardLast4: z.string().meta({ description: "The card's last 4 digits only." }), approvalCode: z.string().nullable(), rrn: z.string().nullable(),
      tid: z.string().nullable(), mid: z.string().nullable(), recordIds: z.array(z.string()).meta({ description: "The issuer records behind the disputed charge." }),
    }).meta({ description: "The facts the letters were filled from." }),
    letters: z.strictObject({ issuer: letterJson, merchant: letterJson, merchantNote: z.strictObject({ lang: z.string(), text: z.string() }).nullable() }).nullable(),
    progress: disputeProgressJson,
  })
  .register(apiSchemas, { id: "Dispute" });

const toMoney = (m: { amountMinor: number; currency: string }) => ({ amountMinor: m.amountMinor, currency: m.currency, amount: formatMinorAsDecimal(m.amountMinor, m.currency) });
const money = (m: { amountMinor: number; currency: string } | null) => (m ? toMoney(m) : null);

export function toApiDisputeProgress(progress: DisputeProgress): z.output<typeof disputeProgressJson> {
  const steps = progress.steps.map((s) => ({ id: s.id, kind: s.kind, on: s.on, followUpOn: s.followUpOn, credited: money(s.credited) }));
  const base = { state: progress.state, steps, undoStepId: steps.at(-1)?.id ?? null };
  if (progress.state === "none") return { ...base, sentOn: null, followUpOn: null, isOverdue: false, closedOn: null, credited: null };
  if (progress.state === "open") return { ...base, sentOn: progress.sentOn, followUpOn: progress.followUpOn, isOverdue: progress.isOverdue, closedOn: null, credited: null };
  return { ...base, sentOn: progress.sentOn, followUpOn: null, isOverdue: false, closedOn: progress.closedOn, credited: money(progress.credited) };
}

const letter = (l: ShownLetter) => ({ lang: l.lang, audience: l.audience, subject: l.subject, text: l.text, edited: l.edited });

export function toApiDispute(context: DisputeContext, letters: DisputeLetters | null, lang: "en" | "zh-CN"): z.output<typeof disputeJson> {
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
      merchantName: slip.merchantName, city: slip.city ?? null, country: slip.country ?? "", localDateTime: slip.localDateTime, amount: toMoney({ amountMinor: slip.amountMinor, currency: slip.currency }),
      cardLast4: slip.cardLast4 ?? "", approvalCode: slip.approvalCode ?? null, rrn: slip.rrn ?? null, tid: slip.tid ?? null, mid: slip.mid ?? null,
      recordIds: finding?.recordIds ?? [],
    },
    letters: letters && { issuer: letter(letters.issuer.traveller), merchant: letter(letters.merchant.traveller), merchantNote: letters.note && { lang: letters.note.lang, text: letters.note.text } },
    progress: toApiDisputeProgress(context.progress),
  };
}
