/**
 * What every labelled form control shares: the label, an optional hint, and an error line that
 * is announced (aria-live) and tied to the control with aria-describedby. TextField,
 * TextareaField and SelectField render their control through this, with the ids it hands them.
 */
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
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      {children({
        id: fieldId,
        name,
        "aria-invalid": hasError || undefined,
        "aria-describedby": [hintId, hasError ? errorId : undefined].filter(Boolean).join(" ") || undefined,
      })}
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
