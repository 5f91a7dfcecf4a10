"use client";
/** Account deletion, confirmed by typing the account's email address. */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

export function DeleteAccountForm({
  action,
  locale,
  labels,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  labels: { confirmEmail: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="delete-account-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state?.message} ok={state?.ok} />
      <TextField
        name="confirmEmail"
        type="email"
        label={labels.confirmEmail}
        autoComplete="off"
        inputMode="email"
        required
        defaultValue={state?.values?.confirmEmail}
        errors={state?.fieldErrors?.confirmEmail}
      />
      <SubmitButton pendingLabel={labels.pending} testId="delete-account-submit" variant="danger">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
