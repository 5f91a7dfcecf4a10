"use client";
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Labels = { currentPassword: string; newPassword: string; hint: string; submit: string; pending: string };

export function ChangePasswordForm({
  action,
  locale,
  labels,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  labels: Labels;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" data-testid="change-password-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state?.message} ok={state?.ok} />
      <TextField name="currentPassword" type="password" label={labels.currentPassword} autoComplete="current-password" required errors={state?.fieldErrors?.currentPassword} />
      <TextField name="newPassword" type="password" label={labels.newPassword} hint={labels.hint} autoComplete="new-password" required errors={state?.fieldErrors?.newPassword} />
      <SubmitButton pendingLabel={labels.pending} testId="change-password-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
