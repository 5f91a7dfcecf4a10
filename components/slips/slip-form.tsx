"use client";
/**
 * The slip form, for a new slip and for editing one: a multipart post to a server action
 * (photos included) that works without JavaScript; with it, errors appear without a reload.
 * After a failed save every field shows what was posted (`state.values`) — the form is keyed
 * by that state so selects, which React does not re-default, are rebuilt too. Chosen photos
 * cannot be put back into a file input; the photos error says to choose them again.
 */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { PlaceTimeFields } from "./place-time-fields";
import { PaidInsteadFields, PrintedFields } from "./slip-detail-fields";
import { PhotoField } from "./photo-field";
import type { ExistingPhoto, SlipFormLabels, SlipFormOptions } from "@/server/slips/slip-form-types";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  labels: SlipFormLabels;
  options: SlipFormOptions;
  initial: Record<string, string>;
  slipId?: string;
  existingPhotos?: ExistingPhoto[];
  /** Full path, locale included (a plain link: no router code is shipped for it). */
  cancelHref: string;
};

export function SlipForm({ action, locale, labels, options, initial, slipId, existingPhotos = [], cancelHref }: Props) {
  const [state, formAction] = useActionState(action, null);
  const posted = state?.values;
  const valueOf = (name: string) => (posted ? (posted[name] ?? "") : (initial[name] ?? ""));
  const errorsOf = (name: string) => state?.fieldErrors?.[name];
  const form = labels.form;
  const formKey = JSON.stringify([state?.message, posted ?? null]);
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" data-testid="slip-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {slipId ? <input type="hidden" name="slipId" value={slipId} /> : null}
      <FormMessage message={state?.message} ok={state?.ok} />
      <TextField name="merchantName" label={form.merchantName} hint={form.merchantNameHint} defaultValue={valueOf("merchantName")} errors={errorsOf("merchantName")} required autoComplete="off" />
      <PlaceTimeFields labels={form} countries={options.countries} timeZones={options.timeZones} zonesByCountry={options.zonesByCountry} valueOf={valueOf} errorsOf={errorsOf} />
      <div className="grid grid-cols-[1fr_auto] gap-3">
        <TextField name="amount" label={form.amount} inputMode="decimal" autoComplete="off" defaultValue={valueOf("amount")} errors={errorsOf("amount")} required />
        <SelectField name="currency" label={form.currency} defaultValue={valueOf("currency")} errors={errorsOf("currency")} required className="w-36 rounded-md border border-stone-300 bg-white px-2 py-2 text-base aria-invalid:border-red-600">
          <option value="">{form.choose}</option>
          {options.currencies.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="-mt-3 text-xs text-stone-600">{form.amountHint}</p>
      <TextField name="cardLast4" label={form.cardLast4} hint={form.cardLast4Hint} inputMode="numeric" autoComplete="off" defaultValue={valueOf("cardLast4")} errors={errorsOf("cardLast4")} required />
      <SelectField name="entryMode" label={form.entryMode} defaultValue={valueOf("entryMode")} errors={errorsOf("entryMode")} required>
        <option value="">{form.choose}</option>
        {Object.entries(labels.entryModes).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <PrintedFields labels={labels} valueOf={valueOf} errorsOf={errorsOf} currencies={options.currencies} />
      <PaidInsteadFields labels={labels} valueOf={valueOf} errorsOf={errorsOf} currencies={options.currencies} />
      {options.savedDiagnoses.length > 0 || valueOf("savedDiagnosisId") ? (
        <SelectField name="savedDiagnosisId" label={form.savedDiagnosis} defaultValue={valueOf("savedDiagnosisId")} errors={errorsOf("savedDiagnosisId")}>
          <option value="">{form.none}</option>
          {options.savedDiagnoses.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextareaField name="notes" label={form.notes} hint={form.notesHint} defaultValue={valueOf("notes")} errors={errorsOf("notes")} rows={4} />
      <PhotoField labels={labels.photos} existing={existingPhotos} removed={valueOf("removePhoto").split(",").filter(Boolean)} errors={errorsOf("photos")} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={form.pending} testId="slip-form-submit">
          {slipId ? form.submitEdit : form.submitCreate}
        </SubmitButton>
        <a href={cancelHref} className="text-sm underline">
          {form.cancel}
        </a>
      </div>
    </form>
  );
}
