/**
 * Photos on their way into a slip: read from a form post, checked and re-encoded
 * (server/photos), written to PhotoStorage, and removed again when the database write that
 * should have recorded them fails. The order matters: every photo is processed before any is
 * stored, and files are stored before the rows that point at them, so a failure leaves at worst
 * an unreferenced file, never a row without its file. A database-backed store does better: its
 * photos are written inside the rows' own transaction (writeWithPhotos), so nothing is left.
 */
import "server-only";
import { PHOTO_LIMITS, checkPhotoContent, processPhoto, type ProcessedPhoto, type UploadedPhoto } from "@/server/photos/process-photo";
import { getPhotoStorage, newPhotoKeys, type PhotoStorage } from "@/server/photos/storage";
import { db } from "@/server/db";
import { logger } from "@/server/logger";

export type StoredPhoto = { storageKey: string; thumbKey: string; contentType: string; width: number; height: number; byteSize: number };

/**
 * A file input left empty still posts an empty part without a file name. Depending on the way
 * it came (a plain HTML post, React's server-action encoding, a fetch) it reaches us named "",
 * "blob" or "undefined". None is a file the traveller chose; an empty file they did choose
 * keeps its own name and is refused as empty.
 */
const UNCHOSEN_NAMES = new Set(["", "blob", "undefined"]);
export function isUnchosenFile(file: File): boolean {
  return file.size === 0 && UNCHOSEN_NAMES.has(file.name);
}

/** The files of a form post. */
export async function uploadsFromFormData(formData: FormData, field = "photos"): Promise<UploadedPhoto[]> {
  const files = formData.getAll(field).filter((value): value is File => typeof value !== "string" && !isUnchosenFile(value));
  return Promise.all(files.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

export type PreparedPhotos = { ok: true; photos: ProcessedPhoto[] } | { ok: false; errors: string[] };

/**
 * Checks the uploads against what the slip already holds. With `decode: false` only the cheap
 * checks run (used when other fields failed anyway: the photos must be chosen again, so
 * re-encoding them would be wasted work).
 */
export async function preparePhotos(uploads: UploadedPhoto[], { keptCount, decode }: { keptCount: number; decode: boolean }): Promise<PreparedPhotos> {
  const errors = new Set<string>();
  if (keptCount + uploads.length > PHOTO_LIMITS.maxPerSlip) errors.add("photos.errors.tooMany");
  const photos: ProcessedPhoto[] = [];
  // One at a time: each decode can take a few hundred MB for a large photo.
  for (const upload of uploads) {
    if (!decode || errors.size > 0) {
      const problem = await checkPhotoContent(upload);
      if (problem) errors.add(problem);
      continue;
    }
    const result = await processPhoto(upload);
    if (result.ok) photos.push(result.photo);
    else errors.add(result.error);
  }
  return errors.size > 0 ? { ok: false, errors: [...errors] } : { ok: true, photos };
}

/** Writes each photo and its thumbnail under fresh keys; on any failure removes what it wrote. */
export async function storePhotos(photos: ProcessedPhoto[], storage: PhotoStorage = getPhotoStorage()): Promise<StoredPhoto[]> {
  const stored: StoredPhoto[] = [];
  try {
    for (const photo of photos) {
      const keys = newPhotoKeys(photo.extension);
      await storage.put(keys.storageKey, photo.full, photo.contentType);
      stored.push({ ...keys, contentType: photo.contentType, width: photo.width, height: photo.height, byteSize: photo.full.byteLength });
      await storage.put(keys.thumbKey, photo.thumb, photo.contentType);
    }
    return stored;
  } catch (error) {
    await removePhotoFiles(stored);
    throw error;
  }
}

/** Best effort: a file that cannot be removed is logged (by key only) and left as an orphan. */
export async function removePhotoFiles(photos: { storageKey: string; thumbKey: string }[]): Promise<void> {
  const storage = getPhotoStorage();
  for (const key of photos.flatMap((p) => [p.storageKey, p.thumbKey])) {
    await storage.delete(key).catch((error: unknown) => logger.warn({ err: error, key }, "could not remove a photo file"));
  }
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Stores `photos` and runs `write` (which records them) as one unit: with a database store the
 * bytes and the rows share one transaction; with files, the files go first and are removed
 * again when the write fails.
 */
export async function writeWithPhotos<T>(photos: ProcessedPhoto[], write: (tx: Tx, stored: StoredPhoto[]) => Promise<T>): Promise<T> {
  const storage = getPhotoStorage();
  const within = storage.within;
  if (within) {
    return db.$transaction(async (tx) => write(tx, await storePhotos(photos, within(tx))), { timeout: 60_000, maxWait: 20_000 });
  }
  const stored = await storePhotos(photos, storage);
  try {
    return await db.$transaction((tx) => write(tx, stored), { timeout: 60_000, maxWait: 20_000 });
  } catch (error) {
    await removePhotoFiles(stored);
    throw error;
  }
}
