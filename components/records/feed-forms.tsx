"use client";
/**
 * Issuer-feed forms: create a feed, rotate its secret, delete it. Creating and rotating answer
 * the secret once (shown here with the feed's address, never again); each form works as a plain
 * post to its server action.
 */
import { useActionState } from "react";
import type { FeedSecretState } from "@/server/records/form-states";
import { ActionButton } from "@/components/ui/action-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

export type SecretLabels = { url: string; secret: string; secretOnce: string };

function SecretBox({ state, origin, labels }: { state: FeedSecretState; origin: string; labels: SecretLabels }) {
  if (!state?.ok || !state.secret || !state.feedId) return null;
  return (
    <div className="flex flex-col gap-2 rounded-md border border-brand-600 bg-brand-50 p-3 text-sm" data-testid="feed-secret-box">
      <p className="font-medium">{labels.url}</p>
      <code className="break-all rounded bg-white px-2 py-1" data-testid="feed-url">{`${origin}/api/issuer/events/${state.feedId}`}</code>
      <p className="font-medium">{labels.secret}</p>
      <code className="break-all rounded bg-white px-2 py-1" data-testid="feed-secret">{state.secret}</code>
      <p className="text-stone-700">{labels.secretOnce}</p>
    </div>
  );
}

export function CreateFeedForm({
  action,
  locale,
  origin,
  labels,
}: {
  action: (prev: FeedSecretState, formData: FormData) => Promise<FeedSecretState>;
  locale: string;
  origin: string;
  labels: SecretLabels & { name: string; nameHint: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <div className="flex flex-col gap-3">
      <form key={state?.message} action={formAction} className="flex flex-col gap-3" data-testid="create-feed-form">
        <input type="hidden" name="locale" value={locale} />
        <TextField name="name" label={labels.name} hint={labels.nameHint} defaultValue={state?.ok ? "" : (state?.values?.name ?? "")} errors={state?.fieldErrors?.name} required maxLength={80} autoComplete="off" />
        <SubmitButton pendingLabel={labels.pending} testId="create-feed-submit">
          {labels.submit}
        </SubmitButton>
      </form>
      <FormMessage message={state?.message} ok={state?.ok} />
      <SecretBox state={state} origin={origin} labels={labels} />
    </div>
  );
}

/** "New secret" for one feed: an ActionButton whose answer shows the new secret once. */
export function RotateFeedForm({
  action,
  locale,
  feedId,
  origin,
  labels,
}: {
  action: (prev: FeedSecretState, formData: FormData) => Promise<FeedSecretState>;
  locale: string;
  feedId: string;
  origin: string;
  labels: SecretLabels & { submit: string; pending: string };
}) {
  return (
    <ActionButton
      action={action}
      fields={{ locale, feedId }}
      label={labels.submit}
      pendingLabel={labels.pending}
      testId="rotate-feed-submit"
      formTestId="rotate-feed-form"
      after={(state) => <SecretBox state={state} origin={origin} labels={labels} />}
    />
  );
}
