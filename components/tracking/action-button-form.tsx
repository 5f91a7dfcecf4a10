"use client";
/**
 * One button posting hidden fields to a server action: a plain HTML form that works without
 * JavaScript (the action redirects), and with it shows a failure in place (useActionState).
 */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";

const STYLES = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-stone-300 bg-white text-stone-900 hover:border-stone-500",
} as const;

export function ActionButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  testId,
  variant = "primary",
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  testId?: string;
  variant?: keyof typeof STYLES;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} data-testid={testId} className={`rounded-md px-4 py-2.5 text-sm font-semibold disabled:opacity-60 ${STYLES[variant]}`}>
        {pending ? pendingLabel : label}
      </button>
      {state?.message ? <FormMessage message={state.message} ok={state.ok} /> : null}
    </form>
  );
}
