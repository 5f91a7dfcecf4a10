"use client";
/**
 * Paste bank alerts: a textarea posted to a server action (works without JavaScript). The answer
 * lists every message — saved (new or already there), not understood with the reason, skipped
 * as a one-time code or marketing — so the traveller sees that nothing was dropped — and, when
 * new records were saved, the slips whose payment status they changed.
 */
import { useActionState } from "react";
import type { AlertsState } from "@/server/records/form-states";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { StatusChangeList } from "@/components/tracking/status-change-list";
import { RecordCard } from "./record-card";

export type AlertsFormLabels = {
  text: string;
  hint: string;
  submit: string;
  pending: string;
  understood: string;
  notUnderstood: string;
  skipped: string;
  isNew: string;
  alreadySaved: string;
  issuerCountry: string;
  issuerCountryHint: string;
  issuerCountryUnknown: string;
  changes: { heading: string; none: string; updating: string };
};

export function AlertsForm({
  action,
  locale,
  countries,
  labels,
}: {
  action: (prev: AlertsState, formData: FormData) => Promise<AlertsState>;
  locale: string;
  countries: { value: string; label: string }[];
  labels: AlertsFormLabels;
}) {
  const [state, formAction] = useActionState(action, null);
  const result = state?.result;
  return (
    <div className="flex flex-col gap-5">
      <form key={state?.message} action={formAction} className="flex flex-col gap-3" data-testid="alerts-form">
        <input type="hidden" name="locale" value={locale} />
        <TextareaField name="text" label={labels.text} hint={labels.hint} rows={10} defaultValue={state?.values?.text ?? ""} errors={state?.fieldErrors?.text} required />
        <SelectField name="issuerCountry" label={labels.issuerCountry} hint={labels.issuerCountryHint} defaultValue={state?.values?.issuerCountry ?? ""} errors={state?.fieldErrors?.issuerCountry}>
          <option value="">{labels.issuerCountryUnknown}</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <SubmitButton pendingLabel={labels.pending} testId="alerts-submit">
          {labels.submit}
        </SubmitButton>
      </form>
      <FormMessage message={state?.message} ok={state?.ok} />
      {result ? (
        <div className="flex flex-col gap-5" data-testid="alerts-result">
          {result.understood.some((line) => line.isNew) ? <StatusChangeList changes={result.changes} isUpdating={result.changesUpdating} labels={labels.changes} testId="alerts-changes" /> : null}
          {result.understood.length > 0 ? (
            <section className="flex flex-col gap-2">
              <h2 className="text-lg font-semibold">{labels.understood}</h2>
              <ul className="flex flex-col gap-2" data-testid="alerts-understood">
                {result.understood.map((line, index) => (
                  <li key={index}>
                    <RecordCard line={line} badge={line.isNew ? labels.isNew : labels.alreadySaved} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {result.notUnderstood.length > 0 ? (
            <section className="flex flex-col gap-2">
              <h2 className="text-lg font-semibold">{labels.notUnderstood}</h2>
              <ul className="flex flex-col gap-2" data-testid="alerts-not-understood">
                {result.notUnderstood.map((item, index) => (
                  <li key={index} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="alert-not-understood">
                    <p className="break-words text-stone-800">{item.text}</p>
                    <p className="mt-1 font-medium text-amber-900">{item.reason}</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {result.skipped.length > 0 ? (
            <section className="flex flex-col gap-2">
              <h2 className="text-lg font-semibold">{labels.skipped}</h2>
              <ul className="flex flex-col gap-2" data-testid="alerts-skipped">
                {result.skipped.map((item, index) => (
                  <li key={index} className="rounded-lg border border-stone-200 bg-stone-100 p-3 text-sm" data-testid="alert-skipped">
                    <p className="break-words text-stone-700">{item.text}</p>
                    <p className="mt-1 font-medium">{item.kind}</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
