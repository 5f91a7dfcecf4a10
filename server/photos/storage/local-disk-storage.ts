/**
 * PhotoStorage on the local disk (the default), under PHOTO_DIR (data/photos): outside public/,
 * so a photo is reachable only through its owner's API route. Files are fanned out by the
 * key's first two hex digits to keep directories small, written to a temporary name and
 * renamed so a crash never leaves half a photo under a real key. Keys that do not have the
 * shape newPhotoKeys() makes are refused: no path can escape the directory.
 */
import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { isPhotoKey, type PhotoStorage } from "./photo-storage";

export class LocalDiskPhotoStorage implements PhotoStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!isPhotoKey(key)) throw new Error("invalid photo key");
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(4).toString("hex")}.tmp`;
    await writeFile(temporary, data, { flag: "wx", mode: 0o600 });
    await rename(temporary, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
