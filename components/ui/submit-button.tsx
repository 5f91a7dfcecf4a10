"use client";
import { useFormStatus } from "react-dom";

export function SubmitButton({ children, pendingLabel, testId }: { children: React.ReactNode; pendingLabel: string; testId?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      data-testid={testId}
      className="rounded-md bg-brand-600 px-4 py-3 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
