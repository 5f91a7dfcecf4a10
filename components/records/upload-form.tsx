"use client";
/**
 * The statement upload. Without JavaScript it is a plain multipart post to POST /api/imports
 * (`?respond=page`), which answers with a redirect to the preview. With JavaScript the same form
 * goes through XMLHttpRequest, so the traveller sees the upload's progress (fetch cannot report
 * it) and then "reading the file" while the server parses it; errors appear in place.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";

type Labels = {
  file: string;
  fileHint: string;
  submit: string;
  /** "{percent}" is replaced with the upload's progress. */
  uploading: string;
  reading: string;
  failed: string;
};

type Phase = { name: "idle" } | { name: "uploading"; percent: number } | { name: "reading" } | { name: "failed"; message: string };

function readError(xhr: XMLHttpRequest, fallback: string): string {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } };
    return body.error?.fieldErrors?.file?.[0] ?? Object.values(body.error?.fieldErrors ?? {})[0]?.[0] ?? body.error?.message ?? fallback;
  } catch {
    return fallback;
  }
}

export function UploadForm({ locale, labels, serverError }: { locale: string; labels: Labels; serverError?: string }) {
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const router = useRouter();
  const isBusy = phase.name === "uploading" || phase.name === "reading";
  const error = phase.name === "failed" ? phase.message : phase.name === "idle" ? serverError : undefined;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy) return;
    const data = new FormData(event.currentTarget);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/imports?locale=${encodeURIComponent(locale)}`);
    xhr.responseType = "text";
    xhr.upload.onprogress = (progress) => {
      if (progress.lengthComputable) setPhase({ name: "uploading", percent: Math.round((progress.loaded / progress.total) * 100) });
    };
    xhr.upload.onload = () => setPhase({ name: "reading" });
    xhr.onerror = () => setPhase({ name: "failed", message: labels.failed });
    xhr.onload = () => {
      if (xhr.status === 201) {
        const id = (JSON.parse(xhr.responseText) as { import: { id: string } }).import.id;
        router.push(`/${locale}/records/import/${id}`);
        return;
      }
      setPhase({ name: "failed", message: readError(xhr, labels.failed) });
    };
    setPhase({ name: "uploading", percent: 0 });
    xhr.send(data);
  }

  const percent = phase.name === "uploading" ? phase.percent : phase.name === "reading" ? 100 : 0;
  return (
    <form
      method="post"
      action={`/api/imports?respond=page&locale=${encodeURIComponent(locale)}`}
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
      data-testid="upload-form"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="statement-file" className="text-sm font-medium">
          {labels.file}
        </label>
        <input
          id="statement-file"
          type="file"
          name="file"
          required
          accept=".csv,.txt,.ofx,.qfx,.xml,.qif,.tsv,text/csv,application/xml,text/xml"
          aria-describedby="statement-file-hint statement-file-error"
          aria-invalid={error ? true : undefined}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base"
          data-testid="statement-file"
        />
        <p id="statement-file-hint" className="text-xs text-stone-600">
          {labels.fileHint}
        </p>
        <p id="statement-file-error" aria-live="polite" className="text-sm text-red-700" data-testid="upload-error">
          {error}
        </p>
      </div>
      {isBusy ? (
        <div className="flex flex-col gap-1" data-testid="upload-progress">
          <progress max={100} value={percent} className="h-2 w-full accent-brand-600" />
          <p aria-live="polite" className="text-sm text-stone-700">
            {phase.name === "reading" ? labels.reading : labels.uploading.replace("{percent}", String(percent))}
          </p>
        </div>
      ) : null}
      <button type="submit" disabled={isBusy} className="rounded-md bg-brand-600 px-4 py-3 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60" data-testid="upload-submit">
        {isBusy ? labels.reading : labels.submit}
      </button>
    </form>
  );
}
