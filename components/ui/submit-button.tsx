"use client";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-brand-600 hover:bg-brand-700",
  // For what cannot be undone (deleting a slip or an account).
  danger: "bg-red-700 hover:bg-red-800",
  // A second, lighter action beside the main one (e.g. "preview" before "save").
  secondary: "bg-stone-600 hover:bg-stone-700",
} as const;

export function SubmitButton({
  children,
  pendingLabel,
  testId,
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  testId?: string;
  variant?: keyof typeof VARIANTS;
  /** Which button sent the form (a plain post carries only the pressed button's name=value). */
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      data-testid={testId}
      className={`rounded-md px-4 py-3 text-base font-semibold text-white disabled:opacity-60 ${VARIANTS[variant]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
