/**
 * A labelled input whose errors are announced and tied to it (FieldShell). Uncontrolled with
 * defaultValue, so a plain HTML post (no JavaScript) works the same.
 */
import { CONTROL_CLASS, FieldShell, type FieldProps } from "./field-shell";

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id"> & FieldProps;

export function TextField({ name, label, hint, errors, id, ...input }: Props) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors} id={id}>
      {(control) => <input {...control} className={CONTROL_CLASS} {...input} />}
    </FieldShell>
  );
}
