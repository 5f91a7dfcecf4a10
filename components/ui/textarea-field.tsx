/** A labelled <textarea> with announced errors, the multi-line sibling of TextField. */
type Props = React.TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextareaField({ name, label, hint, errors, id, ...textarea }: Props) {
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = `${fieldId}-error`;
  const hasError = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={hasError || undefined}
        aria-describedby={[hintId, hasError ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        className="min-h-24 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600"
        {...textarea}
      />
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
