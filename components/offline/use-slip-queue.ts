"use client";

import { useCallback, useEffect, useState } from "react";
import { listQueued, QUEUE_CHANNEL, sendQueued, type QueuedSlip } from "./slip-queue";

/**
 * The queue as React state, kept fresh across tabs and the service worker (BroadcastChannel),
 * and sent whenever the page loads online or the connection comes back.
 */
export function useSlipQueue({ send = true }: { send?: boolean } = {}) {
  const [entries, setEntries] = useState<QueuedSlip[] | null>(null);
  const refresh = useCallback(() => {
    void listQueued()
      .then(setEntries)
      .catch(() => setEntries([]));
  }, []);
  const sendNow = useCallback(async () => {
    await sendQueued("signInNeeded").catch(() => undefined);
    refresh();
  }, [refresh]);

  useEffect(() => {
    refresh();
    const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(QUEUE_CHANNEL);
    if (channel) channel.onmessage = refresh;
    const onOnline = () => void sendNow();
    if (send) {
      window.addEventListener("online", onOnline);
      if (navigator.onLine) void sendNow();
    }
    return () => {
      channel?.close();
      window.removeEventListener("online", onOnline);
    };
  }, [refresh, send, sendNow]);

  return { entries, refresh, sendNow };
}
