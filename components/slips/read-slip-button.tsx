"use client";
/**
 * "Read the slip": sends the first chosen photo to POST /api/slips/read-photo and hands the
 * proposed fields to the form, which fills only the fields still empty. Without JavaScript the
 * same button posts the form with intent=readPhoto and the server answers with the form
 * prefilled (server/slip-reading/propose-from-photo.ts). Errors are the server's translated text.
 */
import { useState } from "react";
import type { SlipFormLabels } from "@/server/slips/slip-form-types";

export type ProposedFields = Record<string, { value: string; confidence: number }>;
type Status = { kind: "idle" } | { kind: "reading" } | { kind: "message"; text: string; isError: boolean };

type Props = {
  labels: SlipFormLabels["reading"];
  locale: string;
  /** Fills the empty fields; answers how many it filled. */
  onProposal: (fields: ProposedFields) => number;
};

/** The first photo chosen in the form's `photos` inputs (camera first), or null. */
function firstChosenPhoto(form: HTMLFormElement | null): File | null {
  for (const input of form?.querySelectorAll<HTMLInputElement>('input[type="file"][name="photos"]') ?? []) {
    const file = input.files?.[0];
    if (file) return file;
  }
  return null;
}

export function ReadSlipButton({ labels, locale, onProposal }: Props) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function read(event: React.MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    const photo = firstChosenPhoto(event.currentTarget.form);
    if (!photo) {
      setStatus({ kind: "message", text: labels.choosePhotoFirst, isError: true });
      return;
    }
    setStatus({ kind: "reading" });
    const body = new FormData();
    body.set("photo", photo);
    try {
      const response = await fetch(`/api/slips/read-photo?locale=${encodeURIComponent(locale)}`, { method: "POST", body });
      const answer = (await response.json()) as { fields?: ProposedFields; error?: { message: string; fieldErrors?: Record<string, string[]> } };
      if (!response.ok || !answer.fields) {
        const detail = answer.error?.fieldErrors ? Object.values(answer.error.fieldErrors).flat().join(" ") : "";
        setStatus({ kind: "message", text: detail || answer.error?.message || labels.failed, isError: true });
        return;
      }
      const filled = onProposal(answer.fields);
      setStatus({ kind: "message", text: filled > 0 ? labels.filled.replace("{count}", String(filled)) : labels.filledNone, isError: false });
    } catch {
      setStatus({ kind: "message", text: labels.failed, isError: true });
    }
  }

  const reading = status.kind === "reading";
  return (
    <div className="flex flex-col gap-2">
      <button
        type="submit"
        name="intent"
        value="readPhoto"
        formNoValidate
        onClick={read}
        disabled={reading}
        aria-describedby="read-slip-hint"
        data-testid="read-slip"
        className="self-start rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 disabled:opacity-60"
      >
        {labels.read}
      </button>
      <p id="read-slip-hint" className="text-xs text-stone-600">
        {labels.readHint}
      </p>
      <p aria-live="polite" data-testid="read-slip-status" className={status.kind === "message" && status.isError ? "text-sm text-red-700" : "text-sm text-stone-800"}>
        {reading ? labels.reading : status.kind === "message" ? status.text : null}
      </p>
    </div>
  );
}
