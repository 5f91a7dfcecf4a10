"use client";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-brand-600 hover:bg-brand-700",
  // For what cannot be undone (deleting a slip or an account).
  danger: "bg-red-700 hover:bg-red-800",
} as const;

export function SubmitButton({
  children,
  pendingLabel,
  testId,
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingLabel: string;
  testId?: string;
  variant?: keyof typeof VARIANTS;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      data-testid={testId}
      className={`rounded-md px-4 py-3 text-base font-semibold text-white disabled:opacity-60 ${VARIANTS[variant]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
