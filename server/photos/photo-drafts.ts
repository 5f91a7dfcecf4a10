/**
 * Photo drafts (issue 18): a slip form posted without JavaScript cannot put chosen photos back
 * into its file input after a refused save. Instead of asking for them again, the refused post's
 * photos are checked, re-encoded and stored as drafts owned by the traveller for an hour; the
 * form shows them ("kept") and posts their ids with the next save, which turns them into the
 * slip's photos in its own transaction. Every read and write is scoped by the user; another
 * user's draft id is ignored. Expired drafts are swept (their bytes then go with the orphans).
 */
import "server-only";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { PHOTO_LIMITS, processPhoto, type UploadedPhoto } from "./process-photo";
import { removePhotoFiles, storePhotos, type StoredPhoto } from "./slip-photos";
import { getPhotoStorage } from "./storage";

export const PHOTO_DRAFT_MINUTES = 60;
const ID = /^[a-z0-9]{1,64}$/;

export type PhotoDraftView = { id: string; thumbnailUrl: string };

export const draftThumbnailUrl = (id: string) => `/api/photo-drafts/${id}?size=thumb`;

/** The draft ids a form posted, shaped like ids, at most a slip's worth. */
export function draftIdsFromFormData(formData: FormData): string[] {
  const ids = formData.getAll("draftPhoto").filter((v): v is string => typeof v === "string" && ID.test(v));
  return [...new Set(ids)].slice(0, PHOTO_LIMITS.maxPerSlip);
}

/** The user's drafts among `ids` that have not expired, in the order given. */
export async function findDrafts(userId: string, ids: string[], now = new Date()): Promise<(StoredPhoto & { id: string })[]> {
  if (ids.length === 0) return [];
  const rows = await db.photoDraft.findMany({
    where: { userId, id: { in: ids }, expiresAt: { gt: now } },
    select: { id: true, storageKey: true, thumbKey: true, contentType: true, width: true, height: true, byteSize: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/**
 * Keeps the photos of a refused post as drafts: each is checked and re-encoded as a slip photo
 * would be; one that fails is left out (its error is already in the answer). Drafts kept from an
 * earlier refused post count towards the five a slip may hold.
 */
export async function keepAsDrafts(userId: string, uploads: UploadedPhoto[], alreadyKept: number, now = new Date()): Promise<PhotoDraftView[]> {
  const room = Math.max(0, PHOTO_LIMITS.maxPerSlip - alreadyKept);
  const processed = [];
  for (const upload of uploads.slice(0, room)) {
    const result = await processPhoto(upload);
    if (result.ok) processed.push(result.photo);
  }
  if (processed.length === 0) return [];
  const stored = await storePhotos(processed);
  try {
    const expiresAt = new Date(now.getTime() + PHOTO_DRAFT_MINUTES * 60_000);
    const rows = [];
    for (const photo of stored) rows.push(await db.photoDraft.create({ data: { ...photo, userId, createdAt: now, expiresAt }, select: { id: true } }));
    return rows.map((row) => ({ id: row.id, thumbnailUrl: draftThumbnailUrl(row.id) }));
  } catch (error) {
    await removePhotoFiles(stored);
    throw error;
  }
}

/** A draft's bytes for its owner (the form's thumbnail). */
export async function getDraftPhotoForUser(userId: string, id: string, size: "full" | "thumb", now = new Date()) {
  if (!ID.test(id)) return null;
  const row = await db.photoDraft.findFirst({ where: { id, userId, expiresAt: { gt: now } }, select: { storageKey: true, thumbKey: true, contentType: true } });
  if (!row) return null;
  const bytes = await getPhotoStorage().get(size === "thumb" ? row.thumbKey : row.storageKey);
  return bytes ? { bytes, contentType: row.contentType } : null;
}

/** Deletes expired drafts with their bytes; returns how many went. Idempotent, any instance. */
export async function sweepExpiredPhotoDrafts(now = new Date()): Promise<number> {
  const rows = await db.photoDraft.findMany({ where: { expiresAt: { lte: now } }, select: { id: true, storageKey: true, thumbKey: true }, take: 500 });
  if (rows.length === 0) return 0;
  await db.photoDraft.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  await removePhotoFiles(rows).catch((err: unknown) => logger.warn({ err }, "could not remove expired draft photos"));
  return rows.length;
}
