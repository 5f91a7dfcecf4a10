"use server";
/**
 * The dispute's forms (they work without JavaScript): record a step, undo the last one, save or
 * drop the traveller's wording of a letter. Form fields → the same DisputeRequest the JSON API
 * takes → applyDisputeRequest (the one write path) → revalidate → redirect with what was saved.
 * A refusal answers the form with translated field errors and what was typed, nothing saved.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/server/errors";
import { fieldErrorKeys } from "@/server/http/action-result";
import { userAction } from "@/server/http/user-action";
import { limitUser } from "@/server/http/usage-limits";
import { applyDisputeRequest, DisputeRequest } from "./dispute-steps";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

function readSlipId(formData: FormData): string {
  const id = text(formData, "slipId");
  if (id === "" || id.length > 64) throw new AppError("notFound");
  return id;
}

const ECHO = ["on", "followUpOn", "amount", "outcome", "text"] as const;
const echo = (formData: FormData) => Object.fromEntries(ECHO.map((name) => [name, text(formData, name)]).filter(([, v]) => v !== ""));

function parse(body: Record<string, string>) {
  const parsed = DisputeRequest.safeParse(body);
  if (!parsed.success) throw new AppError("invalidInput", fieldErrorKeys(parsed.error));
  return parsed.data;
}

/** "sent" (on, followUpOn), an answer (outcome, on, amount) or "undo" (stepId). */
export const disputeStepAction = userAction(async ({ user, locale, formData }) => {
  const slipId = readSlipId(formData);
  await limitUser("dispute", user.id);
  const intent = text(formData, "intent");
  const action = intent === "answer" ? text(formData, "outcome") : intent;
  const body: Record<string, string> = { action, on: text(formData, "on"), followUpOn: text(formData, "followUpOn"), amount: text(formData, "amount"), stepId: text(formData, "stepId") };
  if (action !== "partlyCredited") delete body.amount;
  if (action !== "sent") delete body.followUpOn;
  await applyDisputeRequest(user.id, slipId, parse(body));
  revalidatePath(`/${locale}/slips/${slipId}`);
  revalidatePath(`/${locale}/payments`);
  redirect(`/${locale}/slips/${slipId}?dispute=${encodeURIComponent(action)}#dispute`);
}, { echo });

/** Saves the traveller's wording of one letter (intent "save") or drops it (intent "reset"). */
export const letterEditAction = userAction(async ({ user, locale, formData }) => {
  const slipId = readSlipId(formData);
  await limitUser("dispute", user.id);
  const reset = text(formData, "intent") === "reset";
  const target = { audience: text(formData, "audience"), lang: text(formData, "lang") };
  await applyDisputeRequest(user.id, slipId, parse(reset ? { action: "resetLetter", ...target } : { action: "editLetter", ...target, text: text(formData, "text") }));
  revalidatePath(`/${locale}/slips/${slipId}/dispute`);
  redirect(`/${locale}/slips/${slipId}/dispute?letter=${reset ? "reset" : "saved"}#letter-${target.audience}-${target.lang}`);
}, { echo });
