/**
 * Removes photo bytes that no SlipPhoto (or PhotoDraft) row names: files left by a crash between writing a
 * photo and committing its row (disk store), a row deleted while its file delete failed, a
 * temporary `.tmp` file of an interrupted write. Only what is older than the grace period is
 * touched, so a photo being uploaded right now (bytes written, row not yet committed) is never
 * removed. Runs from instrumentation.ts with the other sweeps; every instance may run it.
 */
import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { db } from "@/server/db";
import { isPhotoKey } from "./storage/photo-storage";

export const ORPHAN_PHOTO_GRACE_MS = 60 * 60 * 1000;
const BATCH = 200;

/** The keys of `keys` that a SlipPhoto or a PhotoDraft row names (as its photo or its thumbnail). */
async function keysInUse(keys: string[]): Promise<Set<string>> {
  const where = { OR: [{ storageKey: { in: keys } }, { thumbKey: { in: keys } }] };
  const select = { storageKey: true, thumbKey: true } as const;
  const [photos, drafts] = await Promise.all([db.slipPhoto.findMany({ where, select }), db.photoDraft.findMany({ where, select })]);
  return new Set([...photos, ...drafts].flatMap((row) => [row.storageKey, row.thumbKey]));
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Disk store: every fan-out folder under `root`. */
export async function sweepOrphanPhotoFiles(root: string, now = new Date(), graceMs = ORPHAN_PHOTO_GRACE_MS): Promise<number> {
  const cutoff = now.getTime() - graceMs;
  let removed = 0;
  for (const folder of await listDir(root)) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    const dir = path.join(root, folder);
    const candidates: string[] = [];
    for (const name of await listDir(dir)) {
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || info.mtimeMs > cutoff) continue;
      if (name.endsWith(".tmp") && isPhotoKey(name.replace(/\.[0-9a-f]{8}\.tmp$/, ""))) {
        await rm(file, { force: true });
        removed += 1;
      } else if (isPhotoKey(name)) {
        candidates.push(name);
      }
    }
    for (let i = 0; i < candidates.length; i += BATCH) {
      const batch = candidates.slice(i, i + BATCH);
      const used = await keysInUse(batch);
      for (const key of batch) {
        if (used.has(key)) continue;
        await rm(path.join(dir, key), { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}

/** Database store: PhotoBlob rows older than the grace period that no SlipPhoto names. */
export async function sweepOrphanPhotoBlobs(now = new Date(), graceMs = ORPHAN_PHOTO_GRACE_MS): Promise<number> {
  const cutoff = new Date(now.getTime() - graceMs);
  let removed = 0;
  let after: string | undefined;
  for (;;) {
    const blobs = await db.photoBlob.findMany({
      where: { createdAt: { lt: cutoff }, ...(after ? { key: { gt: after } } : {}) },
      select: { key: true },
      orderBy: { key: "asc" },
      take: BATCH,
    });
    if (blobs.length === 0) return removed;
    const keys = blobs.map((blob) => blob.key);
    const used = await keysInUse(keys);
    const orphans = keys.filter((key) => !used.has(key));
    if (orphans.length > 0) removed += (await db.photoBlob.deleteMany({ where: { key: { in: orphans }, createdAt: { lt: cutoff } } })).count;
    after = keys[keys.length - 1];
  }
}
