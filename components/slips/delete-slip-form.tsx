"use client";
/** The confirmation step of deleting a slip: one button posting to the server action. */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeleteSlipForm({
  action,
  locale,
  slipId,
  labels,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  slipId: string;
  labels: { confirm: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="delete-slip-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slipId" value={slipId} />
      <FormMessage message={state?.message} ok={state?.ok} />
      <SubmitButton pendingLabel={labels.pending} testId="delete-slip-confirm" variant="danger">
        {labels.confirm}
      </SubmitButton>
    </form>
  );
}
