/**
 * The one write path of a tracked dispute and of the traveller's own letter wording
 * (docs/disputes.md "Tracking a dispute"): record a step ("sent", then "credited",
 * "partlyCredited" or "refused"), undo the last one, save or drop an edited letter. Each input is
 * checked with zod and the order rules of domain/disputes/dispute-progress.ts; a refusal is an
 * AppError("invalidInput") whose field errors are message keys. Scoped by the user in the same
 * condition as the slip id: another user's slip is "not found". Nothing here touches tracking:
 * a dispute does not change what the bank's records say, only what the traveller has done.
 */
import "server-only";
import { z } from "zod";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import { findCardSecret } from "@/domain/cards/card-secret-guard";
import { refuseDisputeStep, type DisputeProgress, type DisputeStepKind, type StepRefusal } from "@/domain/disputes/dispute-progress";
import { readSlipLocalDate } from "@/domain/calendar";
import { parseAmount } from "@/domain/money/parse-amount";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { todayIso } from "@/server/tracking/recompute";
import { getDisputeContextForUser, readDisputeProgressFor } from "./dispute-queries";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z.string().trim().regex(DAY, "disputes.progress.error.date").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "disputes.progress.error.date");
const optionalDay = z.preprocess((v) => (v === "" || v === null ? undefined : v), day.optional());

/** Letters are at most a few pages; the limit keeps a pasted novel out. */
export const LETTER_MAX_CHARS = 8000;

export const DisputeRequest = z.discriminatedUnion("action", [
  z.object({ action: z.literal("sent"), on: day, followUpOn: optionalDay }),
  z.object({ action: z.literal("credited"), on: day }),
  z.object({ action: z.literal("refused"), on: day }),
  z.object({ action: z.literal("partlyCredited"), on: day, amount: z.string().trim().max(40, "disputes.progress.error.amount") }),
  z.object({ action: z.literal("undo"), stepId: z.string().min(1).max(64) }),
  z.object({
    action: z.literal("editLetter"), audience: z.enum(["issuer", "merchant"]), lang: z.enum(["en", "zh-CN"]),
    text: z.string().max(LETTER_MAX_CHARS, "disputes.letters.error.tooLong"),
  }),
  z.object({ action: z.literal("resetLetter"), audience: z.enum(["issuer", "merchant"]), lang: z.enum(["en", "zh-CN"]) }),
], { error: "disputes.progress.error.action" });
export type DisputeRequest = z.infer<typeof DisputeRequest>;

/** The form field a refusal belongs to (every other one is about the step's date, `on`). */
const REFUSAL_FIELD: Partial<Record<StepRefusal, string>> = {
  "progress.error.amountNeeded": "amount", "progress.error.amountTooLarge": "amount", "progress.error.currency": "amount", "progress.error.followUpBeforeSent": "followUpOn",
};

function refuseField(field: string, key: string): never {
  throw new AppError("invalidInput", { [field]: [key] });
}

/**
 * Applies one dispute request to the user's slip and answers the dispute's progress after it.
 * `notFound` when the slip is not this user's (or the step to undo is not its last one).
 */
export async function applyDisputeRequest(userId: string, slipId: string, request: DisputeRequest, today = todayIso()): Promise<DisputeProgress> {
  const context = await getDisputeContextForUser(userId, slipId, today);
  if (!context) throw new AppError("notFound");
  const { progress } = context;
  const finding = context.findings[0] ?? null;

  switch (request.action) {
    case "undo": {
      const last = progress.steps.at(-1);
      if (!last || last.id !== request.stepId) throw new AppError("notFound");
      await db.disputeStep.deleteMany({ where: { id: last.id, userId, slipId } });
      break;
    }
    case "editLetter": {
      const text = request.text.replace(/\r\n?/g, "\n").trim();
      if (text === "") refuseField("text", "disputes.letters.error.empty");
      if (containsCardNumber(text)) refuseField("text", "slips.errors.cardNumber");
      if (findCardSecret(text)) refuseField("text", "slips.errors.cardSecret");
      if (!finding) throw new AppError("notFound");
      const key = { slipId_audience_lang: { slipId, audience: request.audience, lang: request.lang } };
      await db.disputeLetterEdit.upsert({
        where: key,
        create: { userId, slipId, audience: request.audience, lang: request.lang, ground: finding.ground, text },
        update: { text, ground: finding.ground },
      });
      break;
    }
    case "resetLetter":
      await db.disputeLetterEdit.deleteMany({ where: { userId, slipId, audience: request.audience, lang: request.lang } });
      break;
    default: {
      const kind: DisputeStepKind = request.action;
      let credited: { amountMinor: number; currency: string } | null = null;
      if (request.action === "partlyCredited") {
        const currency = finding?.disputed?.currency ?? context.input.slip.currency;
        const parsed = parseAmount(request.amount, currency);
        if (!parsed.ok) refuseField("amount", "disputes.progress.error.amountNeeded");
        credited = { amountMinor: parsed.minor, currency };
      }
      const followUpOn = request.action === "sent" ? request.followUpOn ?? null : null;
      const refusal = refuseDisputeStep(progress, { kind, on: request.on, followUpOn, credited }, {
        today, slipDay: readSlipLocalDate(context.input.slip.localDateTime), disputed: finding?.disputed ?? null,
      });
      if (refusal) refuseField(REFUSAL_FIELD[refusal] ?? "on", `disputes.${refusal}`);
      await db.disputeStep.create({
        data: {
          userId, slipId, kind, on: request.on, followUpOn, ground: kind === "sent" ? finding?.ground ?? null : null,
          creditedMinor: credited ? BigInt(credited.amountMinor) : null, creditedCurrency: credited?.currency ?? null,
        },
      });
    }
  }
  return (await readDisputeProgressFor(userId, [slipId], today)).get(slipId)!;
}
