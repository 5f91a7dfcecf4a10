"use client";
/**
 * Sign-in and sign-up share one form: email + password posted to a server action. Works as a
 * plain HTML post; with JavaScript, errors appear without a reload. The typed email survives
 * a failed attempt; the password never travels back.
 */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Labels = { email: string; password: string; passwordHint?: string; submit: string; pending: string };

export function CredentialsForm({
  action,
  locale,
  next,
  labels,
  testId,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  next?: string;
  labels: Labels;
  testId: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" data-testid={testId} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormMessage message={state?.message} ok={state?.ok} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state?.values?.email}
        errors={state?.fieldErrors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        hint={labels.passwordHint}
        autoComplete={labels.passwordHint ? "new-password" : "current-password"}
        required
        errors={state?.fieldErrors?.password}
      />
      <SubmitButton pendingLabel={labels.pending} testId={`${testId}-submit`}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
