"use client";
/** "Save N records": one button posting the import id to the commit action; its label says the save is running. */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function CommitForm({
  action,
  locale,
  importId,
  labels,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  importId: string;
  labels: { submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="commit-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="importId" value={importId} />
      <FormMessage message={state?.message} ok={state?.ok} />
      <SubmitButton pendingLabel={labels.pending} testId="commit-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
