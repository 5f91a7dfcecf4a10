/**
 * PhotoStorage in the database (PHOTO_STORE=database; the default on PostgreSQL): photos live
 * in the PhotoBlob table, so every app instance behind a load balancer serves every photo with
 * nothing shared but the database, and `within(tx)` writes a photo in the same transaction as
 * its SlipPhoto row — a crash mid-upload leaves neither the row nor an orphaned photo.
 * See docs/performance.md and docs/slips.md ("Storage").
 */
import "server-only";
import { isPhotoKey, type PhotoBlobTx, type PhotoStorage } from "./photo-storage";

export class DatabasePhotoStorage implements PhotoStorage {
  constructor(private readonly client: PhotoBlobTx) {}

  private check(key: string): string {
    if (!isPhotoKey(key)) throw new Error("invalid photo key");
    return key;
  }

  async put(key: string, data: Uint8Array, contentType: string): Promise<void> {
    await this.client.photoBlob.create({ data: { key: this.check(key), contentType, data: new Uint8Array(data) } });
  }

  async get(key: string): Promise<Buffer | null> {
    const row = await this.client.photoBlob.findUnique({ where: { key: this.check(key) }, select: { data: true } });
    return row ? Buffer.from(row.data) : null;
  }

  async delete(key: string): Promise<void> {
    await this.client.photoBlob.deleteMany({ where: { key: this.check(key) } });
  }

  readonly within = (tx: PhotoBlobTx): PhotoStorage => new DatabasePhotoStorage(tx);
}
