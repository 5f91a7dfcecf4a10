"use client";
/**
 * "Create a share link" on the slip page: how long it works, then the address — shown in this
 * one answer only (SlipTrack keeps no copy of the token). A plain post without JavaScript: the
 * page re-renders with the same answer.
 */
import { useActionState } from "react";
import type { ShareLinkFormState } from "@/server/sharing/share-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

export type ShareLinkFormLabels = {
  days: string;
  dayOptions: { value: string; label: string }[];
  defaultDays: string;
  submit: string;
  pending: string;
  link: string;
  linkOnce: string;
};

export function ShareLinkForm({
  action,
  locale,
  slipId,
  labels,
}: {
  action: (prev: ShareLinkFormState, formData: FormData) => Promise<ShareLinkFormState>;
  locale: string;
  slipId: string;
  labels: ShareLinkFormLabels;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <div className="flex flex-col gap-3">
      <form action={formAction} className="flex flex-col gap-3" data-testid="share-link-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="slipId" value={slipId} />
        <SelectField name="days" label={labels.days} defaultValue={labels.defaultDays} errors={state?.fieldErrors?.days} data-testid="share-days">
          {labels.dayOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SubmitButton pendingLabel={labels.pending} testId="share-create">
          {labels.submit}
        </SubmitButton>
      </form>
      <FormMessage message={state?.message} ok={state?.ok} />
      {state?.ok && state.url ? (
        <div className="flex flex-col gap-2 rounded-md border border-brand-600 bg-brand-50 p-3 text-sm" data-testid="share-link-box">
          <p className="font-medium">{labels.link}</p>
          <code className="break-all rounded bg-white px-2 py-1" data-testid="share-link-url">
            {state.url}
          </code>
          {state.worksUntil ? <p data-testid="share-link-expiry">{state.worksUntil}</p> : null}
          <p className="text-stone-700">{labels.linkOnce}</p>
        </div>
      ) : null}
    </div>
  );
}
