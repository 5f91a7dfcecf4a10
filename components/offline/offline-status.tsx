"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

export type OfflineStatusLabels = {
  badge: string;
  badgeHint: string;
  updateReady: string;
  reload: string;
  keepForOffline: string;
  keepForOfflineHint: string;
  /** "Waiting to upload ({count})" */
  waiting: string;
};

const SW_URL = "/serwist/sw.js";

let reloadRequested = false;

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
};

function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/**
 * How many slips wait on this phone; sends them on load and when the connection returns. The
 * queue's code loads only after the page is idle, in its own chunk, so no page pays for it up front.
 */
function useQueuedCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (typeof indexedDB === "undefined") return;
    let cancelled = false;
    let channel: BroadcastChannel | null = null;
    const refresh = () => void import("./slip-queue-db").then(({ countQueued }) => countQueued().then((n) => !cancelled && setCount(n))).catch(() => undefined);
    const send = () =>
      void import("./slip-queue-db").then(async ({ countQueued }) => {
        if ((await countQueued()) === 0) return;
        const { sendQueued } = await import("./slip-queue");
        await sendQueued("signInNeeded");
      }).catch(() => undefined);
    const start = () => {
      if (cancelled) return;
      refresh();
      if (navigator.onLine) send();
      channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("sliptrack-slip-queue");
      if (channel) channel.onmessage = refresh;
    };
    const timer = window.setTimeout(start, 300);
    window.addEventListener("online", send);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      channel?.close();
      window.removeEventListener("online", send);
    };
  }, []);
  return count;
}

/** Shows the update prompt once a new service worker has installed behind the current one. */
function watchForUpdate(registration: ServiceWorkerRegistration, onWaiting: (worker: ServiceWorker) => void) {
  const check = () => {
    // No controller yet means a first install, not an update.
    if (registration.waiting && navigator.serviceWorker.controller) onWaiting(registration.waiting);
  };
  check();
  registration.addEventListener("updatefound", () => {
    registration.installing?.addEventListener("statechange", check);
  });
}

/**
 * The header's honest state: "Offline" while there is no connection, and "a new version —
 * reload" when one is waiting. It also registers the service worker, after the page has
 * loaded and the browser is idle, so the precache never competes with the first page; with
 * Data Saver on it downloads nothing until the traveller asks (docs/offline.md).
 */
export function OfflineStatus({ labels, locale }: { labels: OfflineStatusLabels; locale: string }) {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [askToKeep, setAskToKeep] = useState(false);
  const queued = useQueuedCount();

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let cancelled = false;
    const register = () =>
      navigator.serviceWorker
        .register(SW_URL, { scope: "/" })
        .then((registration) => !cancelled && watchForUpdate(registration, setWaiting))
        .catch(() => undefined);
    const start = () => {
      void navigator.serviceWorker.getRegistration("/").then((existing) => {
        if (cancelled) return;
        if (existing || !savesData()) void register();
        else setAskToKeep(true);
      });
    };
    const idle = () => (typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(start, { timeout: 5000 }) : window.setTimeout(start, 1000));
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
    // The first install also claims the page (a controller change): reload only for the update
    // the traveller asked for.
    const onControllerChange = () => {
      if (reloadRequested) window.location.reload();
    };
    navigator.serviceWorker.addEventListener("controllerchange", onControllerChange);
    return () => {
      cancelled = true;
      window.removeEventListener("load", idle);
      navigator.serviceWorker.removeEventListener("controllerchange", onControllerChange);
    };
  }, []);

  return (
    <>
      {online ? null : (
        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900" title={labels.badgeHint} data-testid="offline-badge" role="status">
          {labels.badge}
        </span>
      )}
      {queued > 0 ? (
        <a href={`/${locale}/slips/offline`} className="rounded-full bg-amber-100 px-2 py-0.5 text-sm text-amber-900 underline" data-testid="waiting-uploads">
          {labels.waiting.replace("{count}", String(queued))}
        </a>
      ) : null}
      {waiting ? (
        <div className="flex w-full items-center justify-between gap-3 rounded-md bg-brand-50 px-3 py-2 text-sm" role="status" data-testid="update-ready">
          <span>{labels.updateReady}</span>
          <button type="button" className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white" onClick={() => {
              reloadRequested = true;
              waiting.postMessage({ type: "SKIP_WAITING" });
            }} data-testid="update-reload">
            {labels.reload}
          </button>
        </div>
      ) : null}
      {askToKeep ? (
        <button
          type="button"
          className="text-sm underline"
          title={labels.keepForOfflineHint}
          data-testid="keep-for-offline"
          onClick={() => {
            setAskToKeep(false);
            void navigator.serviceWorker.register(SW_URL, { scope: "/" }).then((registration) => watchForUpdate(registration, setWaiting));
          }}
        >
          {labels.keepForOffline}
        </button>
      ) : null}
    </>
  );
}
