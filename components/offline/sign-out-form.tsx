"use client";

import { useRef, useState } from "react";
import { fill } from "./queue-labels";

type Labels = { signOut: string; waiting: string; confirm: string; cancel: string };

/**
 * Sign-out that first looks at the phone's queue: with slips still waiting it asks, since
 * signing out deletes them from this phone; either way the queue is cleared before the session
 * ends, so nothing of this traveller stays behind (docs/offline.md). Without JavaScript it is
 * the plain form (and there is no queue).
 */
export function SignOutForm({ action, locale, labels, scope = "everywhere" }: { action: (formData: FormData) => Promise<void>; locale: string; labels: Labels; scope?: "device" | "everywhere" }) {
  const form = useRef<HTMLFormElement>(null);
  const [waiting, setWaiting] = useState(0);
  const confirmed = useRef(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (confirmed.current) return; // the queue was cleared: let the post go
    event.preventDefault();
    const { countQueued, clearQueue } = await import("./slip-queue-db");
    const count = await countQueued().catch(() => 0);
    if (count > 0 && waiting === 0) {
      setWaiting(count);
      return;
    }
    await clearQueue().catch(() => undefined);
    confirmed.current = true;
    form.current?.requestSubmit();
  }

  return (
    <form ref={form} action={action} onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="scope" value={scope} />
      {waiting > 0 ? (
        <div className="flex flex-col gap-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm" role="alert" data-testid="sign-out-waiting">
          <p>{fill(labels.waiting, { count: waiting })}</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="rounded-md bg-red-700 px-3 py-2 font-semibold text-white" data-testid="sign-out-confirm">
              {labels.confirm}
            </button>
            <button type="button" className="rounded-md border border-stone-300 bg-white px-3 py-2" onClick={() => setWaiting(0)} data-testid="sign-out-cancel">
              {labels.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className="self-start rounded-md border border-stone-300 bg-white px-4 py-3 font-medium" data-testid={scope === "device" ? "sign-out-device" : "sign-out"}>
          {labels.signOut}
        </button>
      )}
    </form>
  );
}
