"use client";

import { useState } from "react";
import type { FormState } from "@/server/http/action-result";
import type { SlipFormLabels, SlipFormOptions } from "@/server/slips/slip-form-types";
import { SlipForm } from "@/components/slips/slip-form";
import type { QueueLabels } from "./queue-labels";
import { QueuedSlipList } from "./queued-slip-list";
import { deleteQueued, queueSlip, requestBackgroundSend, type QueuedSlip } from "./slip-queue";
import { useSlipQueue } from "./use-slip-queue";

type Props = { locale: string; labels: SlipFormLabels; options: SlipFormOptions; queueLabels: QueueLabels };

/**
 * The slip form without a server: the same form and fields, its "save" puts the slip in the
 * phone's queue instead (served by the service worker for /{locale}/slips/new when the network
 * does not answer). A refused entry opens here again with the reason, to be corrected.
 */
export function OfflineSlipCapture({ locale, labels, options, queueLabels }: Props) {
  const { entries, refresh, sendNow } = useSlipQueue();
  const [editing, setEditing] = useState<QueuedSlip | null>(null);

  async function save(_prev: FormState, formData: FormData): Promise<FormState> {
    await queueSlip(locale, formData, editing?.id);
    setEditing(null);
    refresh();
    // Background Sync sends it even if this page is closed; else the online event or the next visit.
    if (!(await requestBackgroundSend()) && navigator.onLine) void sendNow();
    return { ok: true, message: queueLabels.queued };
  }

  return (
    <div className="flex flex-col gap-4 py-4" data-testid="offline-slip-capture">
      <h1 className="text-2xl font-bold">{queueLabels.title}</h1>
      <p className="text-sm text-stone-700">{queueLabels.intro}</p>
      {entries ? (
        <QueuedSlipList
          entries={entries}
          labels={queueLabels}
          onEdit={(entry) => setEditing(entry)}
          onDelete={(entry) => void deleteQueued(entry.id).then(refresh)}
          onSend={() => void sendNow()}
        />
      ) : null}
      {editing ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="queued-editing">
          {queueLabels.editing}
        </p>
      ) : null}
      <SlipForm key={editing?.id ?? "new"} action={save} locale={locale} labels={labels} options={options} initial={editing?.fields ?? {}} cancelHref={`/${locale}/slips`} />
    </div>
  );
}
