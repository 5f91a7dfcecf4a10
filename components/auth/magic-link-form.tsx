"use client";
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function MagicLinkForm({
  action,
  locale,
  labels,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  labels: { title: string; email: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="magic-link-form" noValidate>
      <h2 className="text-base font-semibold">{labels.title}</h2>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state?.message} ok={state?.ok} />
      <TextField name="email" id="magic-email" type="email" label={labels.email} autoComplete="email" defaultValue={state?.values?.email} errors={state?.fieldErrors?.email} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
