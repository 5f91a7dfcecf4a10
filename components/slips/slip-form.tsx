"use client";
/**
 * The slip form, for a new slip and for editing one: a multipart post to a server action
 * (photos included) that works without JavaScript; with it, errors appear without a reload.
 * After a failed save every field shows what was posted (`state.values`) — the form is keyed
 * by that state so selects, which React does not re-default, are rebuilt too. Chosen photos are
 * put back into the rebuilt form (PhotoField `keep`); without JavaScript they cannot be, and the
 * photos error says to choose them again.
 * New slips start with the photo: "Read the slip" fills the fields still empty from it and
 * marks each "read from the photo — check" until the traveller changes it; what the traveller
 * typed is never overwritten (with JavaScript here, without it in propose-from-photo.ts).
 */
import { useActionState, useRef, useState } from "react";
import { FieldNotesContext } from "@/components/ui/field-notes";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { PlaceTimeFields } from "./place-time-fields";
import { PaidInsteadFields, PrintedFields } from "./slip-detail-fields";
import { PhotoField } from "./photo-field";
import { ReadSlipButton, type ProposedFields } from "./read-slip-button";
import type { ExistingPhoto, SlipFormLabels, SlipFormOptions, SlipFormState } from "@/server/slips/slip-form-types";

type Props = {
  action: (prev: SlipFormState, formData: FormData) => Promise<SlipFormState>;
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
  const noteFor = (confidence: number) => labels.reading.proposed.replace("{confidence}", String(Math.round(confidence * 100)));
  const fromState = Object.fromEntries(Object.entries(state?.proposed ?? {}).map(([name, confidence]) => [name, noteFor(confidence)]));
  // Marks added by "Read the slip" here and the fields reviewed since; both reset with the form.
  const [marks, setMarks] = useState<{ key: string; added: Record<string, string>; reviewed: string[] }>({ key: formKey, added: {}, reviewed: [] });
  const current = marks.key === formKey ? marks : { key: formKey, added: {}, reviewed: [] };
  const shownNotes = Object.fromEntries(Object.entries({ ...fromState, ...current.added }).filter(([name]) => !current.reviewed.includes(name)));
  const formRef = useRef<HTMLFormElement>(null);
  const filling = useRef(false);
  // The photos of the last post, put back into the rebuilt form if the save is refused.
  const [postedPhotos, setPostedPhotos] = useState<File[]>([]);
  // Read on submit, before the action runs; `action` itself stays the server action so the form
  // still posts without JavaScript (a client wrapper would not).
  function notePostedPhotos(event: React.FormEvent<HTMLFormElement>) {
    const files = new FormData(event.currentTarget).getAll("photos");
    setPostedPhotos(files.filter((value): value is File => typeof value !== "string" && value.size > 0 && value.name !== ""));
  }

  /** Puts each proposed value into its field when that field is still empty. */
  function fillEmptyFields(fields: ProposedFields): number {
    const form = formRef.current;
    if (!form) return 0;
    const added: Record<string, string> = {};
    filling.current = true;
    try {
      for (const [name, { value, confidence }] of Object.entries(fields)) {
        const control = form.elements.namedItem(name);
        if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement)) continue;
        if (control.value.trim() !== "") continue;
        control.value = value;
        if (control.value !== value) {
          control.value = ""; // a select without that option
          continue;
        }
        // Selects tell their React owner (the country picks its time zones); inputs need nothing.
        if (control instanceof HTMLSelectElement) control.dispatchEvent(new Event("change", { bubbles: true }));
        control.closest("details")?.setAttribute("open", "");
        added[name] = noteFor(confidence);
      }
    } finally {
      filling.current = false;
    }
    const refilled = Object.keys(added);
    setMarks({ key: formKey, added: { ...current.added, ...added }, reviewed: current.reviewed.filter((name) => !refilled.includes(name)) });
    return Object.keys(added).length;
  }

  /** A field the traveller changes has been reviewed: its mark goes. */
  function markReviewed(event: React.FormEvent<HTMLFormElement>) {
    const name = (event.target as { name?: unknown }).name;
    if (filling.current || typeof name !== "string" || !(name in shownNotes)) return;
    setMarks({ ...current, reviewed: [...current.reviewed, name] });
  }

  const photoField = (
    <PhotoField
      labels={labels.photos}
      existing={existingPhotos}
      removed={valueOf("removePhoto").split(",").filter(Boolean)}
      errors={errorsOf("photos")}
      keep={postedPhotos}
      drafts={state?.draftPhotos ?? []}
      readButton={slipId ? undefined : <ReadSlipButton labels={labels.reading} locale={locale} onProposal={fillEmptyFields} />}
    />
  );
  return (
    <FieldNotesContext.Provider value={shownNotes}>
    <form key={formKey} ref={formRef} action={formAction} onSubmit={notePostedPhotos} onInput={markReviewed} onChange={markReviewed} className="flex flex-col gap-4" data-testid="slip-form" noValidate>
      {/* Enter in a field saves (the first submit button is the form's default): not "Read the slip". */}
      <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only" />
      <input type="hidden" name="locale" value={locale} />
      {slipId ? <input type="hidden" name="slipId" value={slipId} /> : null}
      <FormMessage message={state?.message} ok={state?.ok} />
      <ErrorSummary heading={form.errorSummary} errors={state?.fieldErrors} labelOf={(name) => { const label = (form as Record<string, unknown>)[name]; return typeof label === "string" ? label : name === "photos" ? labels.photos.label : undefined; }} />
      {slipId ? null : photoField}
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
      {slipId ? photoField : null}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={form.pending} testId="slip-form-submit">
          {slipId ? form.submitEdit : form.submitCreate}
        </SubmitButton>
        <a href={cancelHref} className="text-sm underline">
          {form.cancel}
        </a>
      </div>
    </form>
    </FieldNotesContext.Provider>
  );
}
