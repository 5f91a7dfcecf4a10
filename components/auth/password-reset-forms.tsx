"use client";
/**
 * The two password-reset forms: "email me a reset link" and "choose a new password". Plain
 * posts without JavaScript; with it, the answer shows in place. The typed email survives a
 * refusal; a password never travels back.
 */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ForgotPasswordForm({ action, locale, labels }: { action: Action; locale: string; labels: { email: string; submit: string; pending: string } }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" data-testid="forgot-password-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state?.message} ok={state?.ok} />
      <TextField name="email" type="email" label={labels.email} autoComplete="email" inputMode="email" required defaultValue={state?.values?.email} errors={state?.fieldErrors?.email} />
      <SubmitButton pendingLabel={labels.pending} testId="forgot-password-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}

export function NewPasswordForm({ action, locale, token, labels }: { action: Action; locale: string; token: string; labels: { newPassword: string; hint: string; submit: string; pending: string } }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" data-testid="new-password-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state?.message} ok={state?.ok} />
      <TextField name="newPassword" type="password" label={labels.newPassword} hint={labels.hint} autoComplete="new-password" required errors={state?.fieldErrors?.newPassword} />
      <SubmitButton pendingLabel={labels.pending} testId="new-password-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
