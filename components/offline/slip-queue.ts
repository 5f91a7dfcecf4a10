/**
 * Slips logged without a connection wait here, in IndexedDB (through idb), until they can be
 * sent: from the page on the `online` event or the next visit, from the service worker on
 * Background Sync where the browser has it. Each entry's id is its Idempotency-Key, made once
 * when it is queued, so a resend after a cut connection is stored once (POST /api/slips).
 * A refused entry stays, with the server's reason, until it is edited or deleted. Signing out
 * clears the store. No React here: the service worker bundles this module too. docs/offline.md.
 */
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
import { announce, db, listQueued, SYNC_TAG, type QueuedPhoto, type QueuedSlip } from "./slip-queue-db";

export * from "./slip-queue-db";

/**
 * What the phone keeps of a slip form: text fields with any card number cut to its last 4 digits,
 * the card field to 4 digits, and the chosen photos. Nothing else (no locale-independent ids).
 */
export function slipFromForm(formData: FormData): { fields: Record<string, string>; photos: QueuedPhoto[] } {
  const fields: Record<string, string> = {};
  const photos: QueuedPhoto[] = [];
  for (const [name, value] of formData) {
    if (typeof value === "string") {
      if (name === "slipId" || name.startsWith("$ACTION")) continue;
      fields[name] = name === "cardLast4" ? value.replace(/\D/g, "").slice(-4) : redactCardNumbers(value);
    } else if (name === "photos" && value.size > 0) {
      photos.push({ name: value.name || "photo.jpg", type: value.type || "application/octet-stream", blob: value });
    }
  }
  return { fields, photos };
}

export async function queueSlip(locale: string, formData: FormData, replaceId?: string): Promise<QueuedSlip> {
  const { fields, photos } = slipFromForm(formData);
  const database = await db();
  // An edited entry keeps its place in the list; it gets a new key because its content changed.
  const previous = replaceId ? await database.get("slips", replaceId) : undefined;
  const entry: QueuedSlip = { id: crypto.randomUUID(), createdAt: previous?.createdAt ?? Date.now(), locale, fields, photos: photos.length ? photos : (previous?.photos ?? []), status: "waiting" };
  const tx = database.transaction("slips", "readwrite");
  if (previous) await tx.store.delete(previous.id);
  await tx.store.put(entry);
  await tx.done;
  announce();
  return entry;
}

/** Asks the service worker to send when the connection returns (Background Sync), where supported. */
export async function requestBackgroundSend(): Promise<boolean> {
  try {
    // getRegistration, not `ready`: `ready` never settles on a phone without a worker (Data Saver).
    const registration = await navigator.serviceWorker?.getRegistration("/");
    const sync = (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync;
    if (!sync) return false;
    await sync.register(SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}

export type SendOutcome = { sent: number; refused: number; waiting: number; offline: boolean };

function toFormData(entry: QueuedSlip): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(entry.fields)) form.append(name, value);
  for (const photo of entry.photos) form.append("photos", new File([photo.blob], photo.name, { type: photo.type }));
  return form;
}

async function sendOne(entry: QueuedSlip, signInReason: string): Promise<"sent" | "refused" | "stop"> {
  let response: Response;
  try {
    response = await fetch(`/api/slips?locale=${encodeURIComponent(entry.locale)}`, {
      method: "POST",
      body: toFormData(entry),
      headers: { "Idempotency-Key": entry.id },
      credentials: "same-origin",
    });
  } catch {
    return "stop"; // no connection (or it was cut): the same key is sent again next time
  }
  const database = await db();
  if (response.ok) {
    await database.delete("slips", entry.id);
    return "sent";
  }
  if (response.status === 401) {
    await database.put("slips", { ...entry, reason: signInReason });
    return "stop";
  }
  if (response.status === 400 || response.status === 413 || response.status === 422) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | null;
    await database.put("slips", { ...entry, status: "refused", reason: body?.error?.message ?? String(response.status), fieldErrors: body?.error?.fieldErrors });
    return "refused";
  }
  return "stop"; // a server fault: try again later, nothing dropped
}

/**
 * Sends every waiting entry, oldest first, one sender at a time across windows and the service
 * worker (Web Locks), so two senders never race over one entry.
 */
export async function sendQueued(signInReason = "401"): Promise<SendOutcome> {
  const run = async (): Promise<SendOutcome> => {
    const outcome: SendOutcome = { sent: 0, refused: 0, waiting: 0, offline: false };
    for (const entry of await listQueued()) {
      if (entry.status !== "waiting") continue;
      const result = await sendOne(entry, signInReason);
      if (result === "stop") {
        outcome.offline = true;
        break;
      }
      outcome[result]++;
    }
    outcome.waiting = (await listQueued()).filter((e) => e.status === "waiting").length;
    announce();
    return outcome;
  };
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request("sliptrack-slip-queue", run) : run();
}
