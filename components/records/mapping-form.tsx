"use client";
/**
 * The column-mapping step for a CSV whose bank we do not know: the header row, what each column
 * holds, the file's own words, dates and amounts (MappingColumns, MappingOptions), then two
 * buttons — "preview" shows the first rows as they will be saved, "save" reads the whole file.
 * Both are plain posts to one server action, so everything works without JavaScript (the
 * preview comes back rendered by the server). With JavaScript the preview follows every change
 * of a field (POST /api/imports/{id}/preview with the form's fields, debounced). Uncontrolled
 * fields keyed by the answer, so a refused choice comes back as it was posted.
 */
import { useActionState, useEffect, useRef, useState } from "react";
import type { MappingPreviewText } from "@/server/imports/mapping-preview";
import type { MappingState } from "@/server/records/form-states";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MappingColumns, type MappingColumnsLabels } from "./mapping-columns";
import { MappingOptions, type MappingOptionsLabels } from "./mapping-options";
import { MappingPreviewTable, type MappingPreviewLabels } from "./mapping-preview-table";

type Option = { value: string; label: string };

export type MappingFormLabels = {
  columns: MappingColumnsLabels;
  options: MappingOptionsLabels;
  preview: MappingPreviewLabels & { notReady: string; failed: string };
  previewButton: string;
  previewing: string;
  submit: string;
  pending: string;
};

const LIVE_DELAY_MS = 350;

type Live = { preview: MappingPreviewText } | { problems: string[] } | null;

/** Asks the server for the preview of the form as it stands; the newest answer wins. */
function useLivePreview(importId: string, locale: string, failed: string) {
  const [live, setLive] = useState<Live>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const schedule = (form: HTMLFormElement) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const ticket = ++latest.current;
      try {
        const response = await fetch(`/api/imports/${encodeURIComponent(importId)}/preview?locale=${encodeURIComponent(locale)}`, {
          method: "POST", body: new FormData(form), credentials: "same-origin",
        });
        const body = (await response.json()) as { preview?: MappingPreviewText; error?: { message: string; fieldErrors?: Record<string, string[]> } };
        if (ticket !== latest.current) return;
        if (response.ok && body.preview) setLive({ preview: body.preview });
        else setLive({ problems: body.error?.fieldErrors?._form ?? [body.error?.message ?? failed] });
      } catch {
        if (ticket === latest.current) setLive({ problems: [failed] });
      }
    }, LIVE_DELAY_MS);
  };
  return { live, schedule, reset: () => setLive(null) };
}

export function MappingForm({
  action,
  locale,
  importId,
  topRows,
  detectedHeaderRow,
  currencies,
  countries,
  initial,
  initialPreview,
  labels,
}: {
  action: (prev: MappingState, formData: FormData) => Promise<MappingState>;
  locale: string;
  importId: string;
  topRows: string[][];
  detectedHeaderRow: number | "none";
  currencies: Option[];
  countries: Option[];
  initial: Record<string, string>;
  /** The preview of the initial values, rendered by the server. */
  initialPreview: MappingPreviewText | null;
  labels: MappingFormLabels;
}) {
  const [state, formAction] = useActionState(action, null);
  const { live, schedule, reset } = useLivePreview(importId, locale, labels.preview.failed);
  const values = state?.values ?? initial;
  const answered = state?.preview ?? (state ? null : initialPreview);
  // A fresh answer from the server replaces whatever the live preview showed.
  useEffect(reset, [state]); // eslint-disable-line react-hooks/exhaustive-deps
  const shown = live && "preview" in live ? live.preview : answered;
  const problems = live && "problems" in live ? live.problems : (state?.fieldErrors?._form ?? []);
  return (
    <form
      key={JSON.stringify([state?.message, state?.values ?? null])}
      action={formAction}
      onChange={(event) => schedule(event.currentTarget)}
      className="flex flex-col gap-4"
      data-testid="mapping-form"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="importId" value={importId} />
      {state?.ok ? null : <FormMessage message={state?.message} ok={state?.ok} />}
      <MappingColumns topRows={topRows} detectedHeaderRow={detectedHeaderRow} values={values} labels={labels.columns} />
      <MappingOptions values={values} currencies={currencies} countries={countries} labels={labels.options} />
      {problems.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-red-700" aria-live="polite" data-testid="mapping-errors">
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {shown && problems.length === 0 ? <MappingPreviewTable preview={shown} labels={labels.preview} /> : null}
      {!shown && problems.length === 0 ? <p className="text-sm text-stone-600">{labels.preview.notReady}</p> : null}
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="preview" variant="secondary" pendingLabel={labels.previewing} testId="mapping-preview-button">
          {labels.previewButton}
        </SubmitButton>
        <SubmitButton name="intent" value="save" pendingLabel={labels.pending} testId="mapping-submit">
          {labels.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
