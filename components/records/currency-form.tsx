"use client";
/** For a file that does not say its currency (QIF, some CSVs): choose it and the file is read again. */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

type Option = { value: string; label: string };

export function CurrencyForm({
  action,
  locale,
  importId,
  currencies,
  labels,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  importId: string;
  currencies: Option[];
  labels: { currency: string; choose: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form key={state?.message} action={formAction} className="flex flex-col gap-3" data-testid="currency-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="importId" value={importId} />
      <FormMessage message={state?.message} ok={state?.ok} />
      <SelectField name="currency" label={labels.currency} defaultValue={state?.values?.currency ?? ""} errors={state?.fieldErrors?.currency} required>
        <option value="">{labels.choose}</option>
        {currencies.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={labels.pending} testId="currency-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
