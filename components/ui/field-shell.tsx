/**
 * What every labelled form control shares: the label, an optional hint, and an error line that
 * is announced (aria-live) and tied to the control with aria-describedby. TextField,
 * TextareaField and SelectField render their control through this, with the ids it hands them.
 * A note from FieldNotesContext (field-notes.tsx) is shown under the control and highlights it.
 */
import { useFieldNote } from "./field-notes";

export type FieldProps = { name: string; label: string; hint?: string; errors?: string[]; id?: string };

export type ControlAttributes = {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

export const CONTROL_CLASS = "w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600";

export function FieldShell({ name, label, hint, errors, id, children }: FieldProps & { children: (control: ControlAttributes) => React.ReactNode }) {
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = `${fieldId}-error`;
  const hasError = Boolean(errors?.length);
  const note = useFieldNote(name);
  const noteId = note ? `${fieldId}-note` : undefined;
  return (
    <div className={note ? "flex flex-col gap-1 rounded-md bg-amber-50 p-2 ring-2 ring-amber-300" : "flex flex-col gap-1"} data-noted={note ? "true" : undefined}>
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      {children({
        id: fieldId,
        name,
        "aria-invalid": hasError || undefined,
        "aria-describedby": [noteId, hintId, hasError ? errorId : undefined].filter(Boolean).join(" ") || undefined,
      })}
      {note ? (
        <p id={noteId} className="text-xs font-medium text-amber-900" data-testid={`note-${name}`}>
          {note}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      <p id={errorId} aria-live="polite" className="text-sm text-red-700" data-testid={`error-${name}`}>
        {errors?.join(" ")}
      </p>
    </div>
  );
}
