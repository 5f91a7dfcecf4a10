/**
 * A labelled <select> whose errors are announced and tied to it with aria-describedby, like
 * TextField. Options come as children (plain <option>/<optgroup>), so it knows no domain.
 * Uncontrolled with defaultValue, so a plain HTML post (no JavaScript) works the same.
 */
type Props = React.ComponentProps<"select"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function SelectField({ name, label, hint, errors, id, children, ...select }: Props) {
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = `${fieldId}-error`;
  const hasError = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={hasError || undefined}
        aria-describedby={[hintId, hasError ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600"
        {...select}
      >
        {children}
      </select>
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
