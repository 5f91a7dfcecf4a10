"use client";
/**
 * The column-mapping step for a CSV whose bank we do not know: for each column (its header and
 * a few example values) the traveller chooses what it holds, then the date order, decimal
 * separator, which sign is money out, and the file's currency when no column holds it. A plain
 * post to a server action; with JavaScript the errors appear without a reload. Uncontrolled
 * fields keyed by the answer, so a refused choice comes back as it was posted.
 */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

type Option = { value: string; label: string };

export type MappingColumn = { index: number; header: string; examples: string[] };

export type MappingFormLabels = {
  column: string;
  examples: string;
  roles: Option[];
  dateFormat: string;
  dateFormats: Option[];
  decimalSeparator: string;
  decimalSeparators: Option[];
  outflowSign: string;
  outflowSigns: Option[];
  currencyCode: string;
  choose: string;
  submit: string;
  pending: string;
};

export function MappingForm({
  action,
  locale,
  importId,
  columns,
  currencies,
  initial,
  labels,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  importId: string;
  columns: MappingColumn[];
  currencies: Option[];
  initial: Record<string, string>;
  labels: MappingFormLabels;
}) {
  const [state, formAction] = useActionState(action, null);
  const values = state?.values ?? initial;
  const valueOf = (name: string) => values[name] ?? "";
  return (
    <form key={JSON.stringify([state?.message, state?.values ?? null])} action={formAction} className="flex flex-col gap-4" data-testid="mapping-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="importId" value={importId} />
      <FormMessage message={state?.message} ok={state?.ok} />
      {state?.fieldErrors?._form ? (
        <ul className="list-disc pl-5 text-sm text-red-700" data-testid="mapping-errors">
          {state.fieldErrors._form.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <ol className="flex flex-col gap-3">
        {columns.map((column) => (
          <li key={column.index} className="rounded-lg border border-stone-200 bg-white p-3">
            <SelectField
              name={`role-${column.index}`}
              id={`role-${column.index}`}
              label={labels.column.replace("{n}", String(column.index + 1)).replace("{header}", column.header)}
              hint={column.examples.length > 0 ? labels.examples.replace("{values}", column.examples.join(" · ")) : undefined}
              defaultValue={valueOf(`role-${column.index}`)}
              data-testid={`mapping-role-${column.index}`}
            >
              {labels.roles.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.label}
                </option>
              ))}
            </SelectField>
          </li>
        ))}
      </ol>
      <SelectField name="dateFormat" label={labels.dateFormat} defaultValue={valueOf("dateFormat")}>
        {labels.dateFormats.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <SelectField name="decimalSeparator" label={labels.decimalSeparator} defaultValue={valueOf("decimalSeparator")}>
        {labels.decimalSeparators.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <SelectField name="outflowSign" label={labels.outflowSign} defaultValue={valueOf("outflowSign") || "negative"}>
        {labels.outflowSigns.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <SelectField name="currencyCode" label={labels.currencyCode} defaultValue={valueOf("currencyCode")}>
        <option value="">{labels.choose}</option>
        {currencies.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={labels.pending} testId="mapping-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
