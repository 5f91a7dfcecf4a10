/** A labelled <textarea> with announced errors, the multi-line sibling of TextField. */
import { CONTROL_CLASS, FieldShell, type FieldProps } from "./field-shell";

type Props = Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> & FieldProps;

export function TextareaField({ name, label, hint, errors, id, ...textarea }: Props) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors} id={id}>
      {(control) => <textarea {...control} className={`min-h-24 ${CONTROL_CLASS}`} {...textarea} />}
    </FieldShell>
  );
}
