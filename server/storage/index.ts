/** The process's PhotoStorage: the local disk under PHOTO_DIR (README "Configuration"). */
import "server-only";
import { env } from "@/env";
import { LocalDiskPhotoStorage } from "./local-disk-storage";
import type { PhotoStorage } from "./photo-storage";

export type { PhotoStorage } from "./photo-storage";
export { newPhotoKeys, isPhotoKey } from "./photo-storage";

let storage: PhotoStorage | null = null;

export function getPhotoStorage(): PhotoStorage {
  storage ??= new LocalDiskPhotoStorage(env.PHOTO_DIR);
  return storage;
}
