"use client";
/**
 * One button posting hidden fields to a server action: a plain HTML form that works without
 * JavaScript (the action redirects or the page re-renders), and with it shows the action's
 * message in place (useActionState) and the pending label while it runs.
 * `compact` is for several buttons on one page (a list's rows): smaller, and the message region
 * appears only once there is a message, so a page holds one live region per answered button.
 * `after` renders more of the answer (a feed's new secret) below the message.
 */
import { useActionState, type ReactNode } from "react";
import { FormMessage } from "./form-message";

type ActionState = { ok?: boolean; message?: string } | null;

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-stone-300 bg-white text-stone-900 hover:border-stone-500",
  // For what cannot be undone (deleting a slip, a feed or an account).
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

export function ActionButton<S extends ActionState>({
  action,
  fields,
  label,
  pendingLabel,
  testId,
  formTestId,
  variant = "primary",
  compact = false,
  after,
}: {
  action: (prev: S, formData: FormData) => Promise<S>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  testId?: string;
  formTestId?: string;
  variant?: keyof typeof VARIANTS;
  compact?: boolean;
  after?: (state: S) => ReactNode;
}) {
  // Every action's state starts empty (null) until its first answer; inside, only ok and message are read.
  const [state, formAction, pending] = useActionState(action as unknown as (prev: ActionState, formData: FormData) => Promise<ActionState>, null);
  const size = compact ? "px-4 py-2.5 text-sm" : "px-4 py-3 text-base";
  return (
    <div className={`flex flex-col ${compact ? "gap-2" : "gap-3"}`}>
      <form action={formAction} className="flex flex-col" data-testid={formTestId}>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" disabled={pending} data-testid={testId} className={`rounded-md font-semibold disabled:opacity-60 ${size} ${VARIANTS[variant]}`}>
          {pending ? pendingLabel : label}
        </button>
      </form>
      {compact && !state?.message ? null : <FormMessage message={state?.message} ok={state?.ok} />}
      {after?.(state as S)}
    </div>
  );
}
