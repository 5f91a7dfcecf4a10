/**
 * The IndexedDB store of slips waiting to upload (through idb): only what the header needs to
 * count and what sign-out needs to clear, so every page stays light. Queueing and sending live
 * in slip-queue.ts. docs/offline.md.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

export type QueuedPhoto = { name: string; type: string; blob: Blob };
export type QueuedSlip = {
  /** also the Idempotency-Key of its upload */
  id: string;
  createdAt: number;
  locale: string;
  fields: Record<string, string>;
  photos: QueuedPhoto[];
  status: "waiting" | "refused";
  /** the server's translated reason for a refused entry, or why a waiting one could not go yet */
  reason?: string;
  fieldErrors?: Record<string, string[]>;
};

interface QueueDb extends DBSchema {
  slips: { key: string; value: QueuedSlip; indexes: { createdAt: number } };
}

const DB_NAME = "sliptrack-offline";
export const SYNC_TAG = "sliptrack-slip-queue";
/** Posted to every window when the queue changed (queued, sent, refused, cleared). */
export const QUEUE_CHANNEL = "sliptrack-slip-queue";

let dbPromise: Promise<IDBPDatabase<QueueDb>> | null = null;
export function db() {
  dbPromise ??= openDB<QueueDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore("slips", { keyPath: "id" }).createIndex("createdAt", "createdAt");
    },
  });
  return dbPromise;
}

export function announce() {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(QUEUE_CHANNEL);
  channel.postMessage("changed");
  channel.close();
}

export async function listQueued(): Promise<QueuedSlip[]> {
  return (await db()).getAllFromIndex("slips", "createdAt");
}

export async function countQueued(): Promise<number> {
  return (await db()).count("slips");
}

export async function deleteQueued(id: string): Promise<void> {
  await (await db()).delete("slips", id);
  announce();
}

/** Signing out: nothing of this traveller's stays on the phone. */
export async function clearQueue(): Promise<void> {
  await (await db()).clear("slips");
  announce();
}

