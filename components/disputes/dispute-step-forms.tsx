"use client";
/**
 * The dispute's step forms on the slip page (docs/disputes.md "Tracking a dispute"): "I sent it"
 * while nothing is recorded, "The bank answered" while the dispute is open. Plain HTML forms
 * posting to disputeStepAction: without JavaScript the page re-renders with the answer; with
 * it, refusals show in place and what was typed stays.
 */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type SentLabels = { heading: string; on: string; followUpOn: string; followUpHint: string; submit: string; pending: string };
type AnswerLabels = { heading: string; outcome: string; credited: string; partlyCredited: string; refused: string; on: string; amount: string; amountHint: string; submit: string; pending: string };

function Hidden({ locale, slipId, intent }: { locale: string; slipId: string; intent: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slipId" value={slipId} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );
}

export function DisputeSentForm({ action, locale, slipId, today, labels }: { action: Action; locale: string; slipId: string; today: string; labels: SentLabels }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="dispute-sent-form" noValidate>
      <Hidden locale={locale} slipId={slipId} intent="sent" />
      <h3 className="text-base font-semibold">{labels.heading}</h3>
      <FormMessage message={state?.message} ok={state?.ok} />
      <TextField name="on" type="date" label={labels.on} required max={today} defaultValue={state?.values?.on ?? today} errors={state?.fieldErrors?.on} />
      <TextField name="followUpOn" type="date" label={labels.followUpOn} hint={labels.followUpHint} defaultValue={state?.values?.followUpOn ?? ""} errors={state?.fieldErrors?.followUpOn} />
      <SubmitButton pendingLabel={labels.pending} testId="dispute-sent-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}

export function DisputeAnswerForm({ action, locale, slipId, today, labels }: { action: Action; locale: string; slipId: string; today: string; labels: AnswerLabels }) {
  const [state, formAction] = useActionState(action, null);
  const chosen = state?.values?.outcome ?? "credited";
  const outcomeError = state?.fieldErrors?.action;
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="dispute-answer-form" noValidate>
      <Hidden locale={locale} slipId={slipId} intent="answer" />
      <h3 className="text-base font-semibold">{labels.heading}</h3>
      <FormMessage message={state?.message} ok={state?.ok} />
      <fieldset className="flex flex-col gap-2" aria-describedby={outcomeError ? "dispute-outcome-error" : undefined}>
        <legend className="text-sm font-medium">{labels.outcome}</legend>
        {(["credited", "partlyCredited", "refused"] as const).map((outcome) => (
          <label key={outcome} className="flex items-center gap-2 text-base">
            <input type="radio" name="outcome" value={outcome} defaultChecked={chosen === outcome} className="h-5 w-5" data-testid={`dispute-outcome-${outcome}`} />
            {labels[outcome]}
          </label>
        ))}
        <p id="dispute-outcome-error" aria-live="polite" className="text-sm text-red-700">
          {outcomeError?.join(" ")}
        </p>
      </fieldset>
      <TextField name="on" type="date" label={labels.on} required max={today} defaultValue={state?.values?.on ?? today} errors={state?.fieldErrors?.on} />
      <TextField name="amount" inputMode="decimal" autoComplete="off" label={labels.amount} hint={labels.amountHint} defaultValue={state?.values?.amount ?? ""} errors={state?.fieldErrors?.amount} />
      <SubmitButton pendingLabel={labels.pending} testId="dispute-answer-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
