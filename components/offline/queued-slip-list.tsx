"use client";

import { fill, type QueueLabels } from "./queue-labels";
import type { QueuedSlip } from "./slip-queue-db";

/** "Waiting to upload (N)": each entry with its state, the server's reason if refused, edit and delete. */
export function QueuedSlipList({ entries, labels, onEdit, onDelete, onSend }: { entries: QueuedSlip[]; labels: QueueLabels; onEdit: (entry: QueuedSlip) => void; onDelete: (entry: QueuedSlip) => void; onSend: () => void }) {
  return (
    <section className="flex flex-col gap-2 rounded-lg bg-white p-3 shadow-sm" data-testid="queued-slips" aria-live="polite">
      <h2 className="text-base font-semibold" data-testid="queued-count">
        {fill(labels.waitingTitle, { count: entries.length })}
      </h2>
      {entries.length === 0 ? <p className="text-sm text-stone-600">{labels.waitingNone}</p> : null}
      <ul className="flex flex-col gap-2">
        {entries.map((entry) => (
          <li key={entry.id} className="rounded-md border border-stone-200 p-2 text-sm" data-testid="queued-slip" data-status={entry.status}>
            <p className="font-semibold">
              {entry.fields.merchantName || "—"} · {entry.fields.amount} {entry.fields.currency} · •••• {entry.fields.cardLast4}
            </p>
            <p className="text-stone-600">{fill(labels.photos, { count: entry.photos.length })}</p>
            {entry.status === "refused" ? (
              <div className="mt-1 text-red-700" data-testid="queued-refused">
                <p>{fill(labels.statusRefused, { reason: entry.reason ?? "" })}</p>
                <ul className="list-disc pl-5">
                  {Object.values(entry.fieldErrors ?? {})
                    .flat()
                    .map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                </ul>
              </div>
            ) : (
              <p className="text-amber-800">{entry.reason === "signInNeeded" ? labels.signInNeeded : labels.statusWaiting}</p>
            )}
            <p className="mt-2 flex flex-wrap gap-3">
              <button type="button" className="underline" onClick={() => onEdit(entry)} data-testid="queued-edit">
                {labels.edit}
              </button>
              <button type="button" className="text-red-700 underline" onClick={() => onDelete(entry)} data-testid="queued-delete">
                {labels.delete}
              </button>
            </p>
          </li>
        ))}
      </ul>
      {entries.some((e) => e.status === "waiting") ? (
        <button type="button" className="self-start rounded-md border border-stone-300 px-3 py-1.5 text-sm font-semibold" onClick={onSend} data-testid="queued-send">
          {labels.sendNow}
        </button>
      ) : null}
    </section>
  );
}
