"use client";
import { useErrorLabels } from "@/components/layout/error-labels";

/**
 * A page that failed while rendering: a translated notice, a retry and a link home. The text comes
 * from the layout (components/layout/error-labels.tsx); the reference is Next's digest of the
 * error, which the server log carries too — never the error's own message.
 */
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const labels = useErrorLabels();
  if (!labels) return null;
  return (
    <section className="flex flex-col gap-4 py-10" data-testid="error-page">
      <h1 className="text-xl font-semibold">{labels.title}</h1>
      <p className="text-stone-700">{labels.body}</p>
      {error.digest ? <p className="text-sm text-stone-600">{labels.reference.replace("{digest}", error.digest)}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700" data-testid="error-retry">
          {labels.retry}
        </button>
        <a href={labels.homeHref} className="rounded-md border border-stone-300 bg-white px-4 py-3 font-semibold text-stone-900">
          {labels.home}
        </a>
      </div>
    </section>
  );
}
