/**
 * Where slip photos' bytes live. The database keeps only keys; the bytes go through this
 * interface so that a cloud bucket can replace the local disk without touching callers.
 * Keys are generated here (random, never a user's file name) and are the only names a backend
 * ever sees. See docs/slips.md ("Storage").
 */
import "server-only";
import { randomBytes } from "node:crypto";

export interface PhotoStorage {
  /** Stores `data` under `key`, replacing nothing: keys are fresh (see newPhotoKey). */
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | null>;
  /** Removes `key`; removing a missing key is not an error (deletes are retried after crashes). */
  delete(key: string): Promise<void>;
  /**
   * Set by stores that live in the database: the same store bound to the caller's transaction,
   * so a photo's bytes commit (or roll back) together with its SlipPhoto row.
   */
  readonly within?: (tx: PhotoBlobTx) => PhotoStorage;
}

/** The part of a Prisma transaction client a database-backed store needs. */
export type PhotoBlobTx = {
  photoBlob: {
    create(args: { data: { key: string; contentType: string; data: Uint8Array<ArrayBuffer> } }): Promise<unknown>;
    findUnique(args: { where: { key: string }; select: { data: true } }): Promise<{ data: Uint8Array } | null>;
    deleteMany(args: { where: { key: string } }): Promise<unknown>;
  };
};

/** 128 random bits as hex, plus the variant ("full" / "thumb") and the file extension. */
const KEY_SHAPE = /^[0-9a-f]{32}-(full|thumb)\.(jpg|webp)$/;

export function isPhotoKey(key: string): boolean {
  return KEY_SHAPE.test(key);
}

/** A pair of fresh keys for one photo and its thumbnail. */
export function newPhotoKeys(extension: "jpg" | "webp"): { storageKey: string; thumbKey: string } {
  const id = randomBytes(16).toString("hex");
  return { storageKey: `${id}-full.${extension}`, thumbKey: `${id}-thumb.${extension}` };
}
