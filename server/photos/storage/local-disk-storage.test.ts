import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LocalDiskPhotoStorage } from "./local-disk-storage";
import { isPhotoKey, newPhotoKeys, type PhotoStorage } from "./photo-storage";

describe("LocalDiskPhotoStorage", () => {
  const root = mkdtempSync(path.join(tmpdir(), "photos-"));
  const storage: PhotoStorage = new LocalDiskPhotoStorage(root);

  it("stores, reads back and deletes bytes under a fresh key", async () => {
    const { storageKey } = newPhotoKeys("jpg");
    await storage.put(storageKey, new Uint8Array([1, 2, 3]), "image/jpeg");
    expect([...((await storage.get(storageKey)) ?? [])]).toEqual([1, 2, 3]);
    await storage.delete(storageKey);
    expect(await storage.get(storageKey)).toBeNull();
    await expect(storage.delete(storageKey)).resolves.toBeUndefined();
  });

  it("leaves no temporary file behind", async () => {
    const { thumbKey } = newPhotoKeys("jpg");
    await storage.put(thumbKey, new Uint8Array([9]), "image/jpeg");
    expect(readdirSync(path.join(root, thumbKey.slice(0, 2)))).toEqual([thumbKey]);
  });

  it("refuses any key it did not make, so no path can leave the directory", async () => {
    for (const key of ["../../etc/passwd", "receipt.jpg", "a".repeat(32) + "-full.jpg/../../x", ""]) {
      expect(isPhotoKey(key)).toBe(false);
      await expect(storage.get(key)).rejects.toThrow("invalid photo key");
      await expect(storage.put(key, new Uint8Array([1]), "image/jpeg")).rejects.toThrow("invalid photo key");
    }
  });

  it("makes keys that are random and never derived from a file name", () => {
    const a = newPhotoKeys("jpg");
    const b = newPhotoKeys("jpg");
    expect(a.storageKey).not.toBe(b.storageKey);
    expect(a.storageKey).toMatch(/^[0-9a-f]{32}-full\.jpg$/);
    expect(a.thumbKey.slice(0, 32)).toBe(a.storageKey.slice(0, 32));
  });
});
