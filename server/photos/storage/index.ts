/**
 * The process's PhotoStorage, chosen by PHOTO_STORE (README "Configuration"): `disk` keeps files
 * under PHOTO_DIR (the default with SQLite); `database` keeps them in the PhotoBlob table (the
 * default with PostgreSQL, where several instances must see the same photos).
 */
import "server-only";
import { env } from "@/env";
import { databaseProvider, db } from "@/server/db";
import { DatabasePhotoStorage } from "./database-storage";
import { LocalDiskPhotoStorage } from "./local-disk-storage";
import type { PhotoStorage } from "./photo-storage";

export type { PhotoStorage } from "./photo-storage";
export { newPhotoKeys, isPhotoKey } from "./photo-storage";

let storage: PhotoStorage | null = null;

export function photoStoreKind(): "disk" | "database" {
  return env.PHOTO_STORE ?? (databaseProvider === "postgres" ? "database" : "disk");
}

export function getPhotoStorage(): PhotoStorage {
  storage ??= photoStoreKind() === "database" ? new DatabasePhotoStorage(db) : new LocalDiskPhotoStorage(env.PHOTO_DIR);
  return storage;
}
