/**
 * SlipTrack's service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) with
 * the precache manifest injected into self.__SW_MANIFEST. What it does (docs/offline.md):
 * - precaches the app's static JS/CSS, the icons, and the prerendered shells (offline guide and
 *   "needs the network" page per language) once the page has loaded;
 * - answers a navigation the network cannot serve with a shell: the guide runs on the phone,
 *   every other page says it needs the network. It never stores a server-rendered page, so no
 *   one's slips, payments or account pages are kept by the browser;
 * - waits to take over until the traveller taps "reload" (SKIP_WAITING from the prompt);
 * - sends the slips queued offline on Background Sync (components/offline/slip-queue.ts).
 */
/// <reference lib="webworker" />
import { Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import { sendQueued, SYNC_TAG } from "@/components/offline/slip-queue";
import { fallbackFor, localeSwitchTarget } from "./offline-routes";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/** A navigation slower than this on a "connected" phone (lie-fi) falls back to the guide's shell. */
const GUIDE_NETWORK_TIMEOUT_S = 6;

function within<T>(promise: Promise<T>, seconds: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network timeout")), seconds * 1000);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4 },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // The language switcher offline: its redirect is computed here instead of by the server.
      matcher: ({ request, url }) => request.mode === "navigate" && url.pathname === "/api/locale",
      handler: async ({ request, url }) => {
        try {
          return await fetch(request);
        } catch {
          return Response.redirect(new URL(localeSwitchTarget(url, request.referrer), url.origin).href, 303);
        }
      },
    },
    {
      matcher: ({ request, url }) => request.mode === "navigate" && url.origin === self.location.origin && !url.pathname.startsWith("/api/"),
      handler: async ({ request, url }) => {
        const shell = fallbackFor(url);
        try {
          // A navigation request cannot be re-made with an AbortSignal: race it against the clock.
          const response = shell.endsWith("/diagnose/offline") ? await within(fetch(request), GUIDE_NETWORK_TIMEOUT_S) : await fetch(request);
          return response;
        } catch {
          return (await serwist.matchPrecache(shell)) ?? Response.error();
        }
      },
    },
  ],
});

serwist.addEventListeners();

// Background Sync: the browser wakes the worker once the connection is back, even with no tab open.
// Sending takes a Web Lock shared with the pages, so a page sending at the same moment waits.
self.addEventListener("sync", (event) => {
  const sync = event as ExtendableEvent & { tag?: string };
  if (sync.tag !== SYNC_TAG) return;
  sync.waitUntil(
    sendQueued("signInNeeded").then((outcome) => {
      // Left waiting by a dropped connection: throwing asks the browser to retry the sync later.
      if (outcome.offline && outcome.waiting > 0) throw new Error("slips still waiting");
    }),
  );
});
