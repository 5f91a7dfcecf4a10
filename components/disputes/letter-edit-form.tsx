"use client";
/**
 * One letter of a dispute as an editable text (docs/disputes.md "Letters"): the traveller
 * changes the wording, saves it (the evidence pack then uses it) or goes back to the generated
 * letter. A plain HTML form posting to letterEditAction — it works without JavaScript; a refusal
 * (empty, too long, a card number or code in it) keeps what was typed.
 */
import { useActionState } from "react";
import type { FormState } from "@/server/http/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";

type Labels = { title: string; edited?: string; save: string; saving: string; reset: string };

export function LetterEditForm({
  action, locale, slipId, audience, lang, text, edited, labels, testId,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  locale: string; slipId: string; audience: "issuer" | "merchant"; lang: "en" | "zh-CN"; text: string; edited: boolean; labels: Labels; testId: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const rows = Math.min(30, Math.max(8, text.split("\n").length + 2));
  return (
    <form action={formAction} className="flex flex-col gap-2" id={`letter-${audience}-${lang}`} data-testid={`${testId}-form`} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slipId" value={slipId} />
      <input type="hidden" name="audience" value={audience} />
      <input type="hidden" name="lang" value={lang} />
      <FormMessage message={state?.message} ok={state?.ok} />
      {edited && labels.edited ? (
        <p className="text-sm text-brand-700" data-testid={`${testId}-edited`}>
          {labels.edited}
        </p>
      ) : null}
      <TextareaField
        name="text" id={`field-text-${audience}-${lang}`} label={labels.title} lang={lang} rows={rows} spellCheck
        defaultValue={state?.values?.text ?? text} errors={state?.fieldErrors?.text} data-testid={testId}
      />
      <div className="flex flex-col gap-2 sm:flex-row">
        <SubmitButton pendingLabel={labels.saving} name="intent" value="save" testId={`${testId}-save`}>
          {labels.save}
        </SubmitButton>
        {edited ? (
          <SubmitButton pendingLabel={labels.saving} name="intent" value="reset" variant="secondary" testId={`${testId}-reset`}>
            {labels.reset}
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
