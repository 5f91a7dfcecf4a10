/**
 * A labelled <select> with announced errors, like TextField. Options come as children (plain
 * <option>/<optgroup>), so it knows no domain. Uncontrolled with defaultValue, so a plain HTML
 * post (no JavaScript) works the same.
 */
import { CONTROL_CLASS, FieldShell, type FieldProps } from "./field-shell";

type Props = Omit<React.ComponentProps<"select">, "name" | "id"> & FieldProps;

export function SelectField({ name, label, hint, errors, id, children, ...select }: Props) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors} id={id}>
      {(control) => (
        <select {...control} className={CONTROL_CLASS} {...select}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
