/**
 * What several instances on one database rely on (issue 7): photos kept in the database, written
 * in the same transaction as their rows, and slip creation made idempotent by a client key.
 */
import "../helpers/database-photo-store";
import "../helpers/test-environment";
import { readdirSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createSlip } from "@/server/slips/slip-writes";
import { getPhotoStorage } from "@/server/photos/storage";
import { createTestUser, jpegUpload, slipFields } from "../helpers/slip-fixtures";
import { testPhotoDir } from "../helpers/test-environment";

describe("createSlip with an idempotency key", () => {
  it("logs the slip once however often the request is resent", async () => {
    const user = await createTestUser("idem");
    const first = await createSlip(user.id, { raw: slipFields(), uploads: [], locale: "en", idempotencyKey: "k-1" });
    const again = await createSlip(user.id, { raw: slipFields(), uploads: [], locale: "en", idempotencyKey: "k-1" });
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ id: first.id, replayed: true });
    expect(await db.slip.count({ where: { userId: user.id } })).toBe(1);
  });

  it("keeps one slip and one set of photos when copies of a request race", async () => {
    const user = await createTestUser("race");
    const upload = await jpegUpload();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createSlip(user.id, { raw: slipFields(), uploads: [upload], locale: "en", idempotencyKey: "same" })),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db.slip.count({ where: { userId: user.id } })).toBe(1);
    const photos = await db.slipPhoto.findMany({ where: { userId: user.id }, select: { storageKey: true, thumbKey: true } });
    expect(photos).toHaveLength(1);
    // The losers stored their photos inside transactions that then failed on the key: those
    // blobs rolled back with them, so every blob left belongs to a photo row.
    const referenced = new Set((await db.slipPhoto.findMany({ select: { storageKey: true, thumbKey: true } })).flatMap((p) => [p.storageKey, p.thumbKey]));
    const blobs = await db.photoBlob.findMany({ select: { key: true } });
    expect(blobs.filter((b) => !referenced.has(b.key))).toEqual([]);
    expect(blobs.filter((b) => b.key === photos[0]!.storageKey || b.key === photos[0]!.thumbKey)).toHaveLength(2);
  });

  it("does not share keys between travellers", async () => {
    const a = await createTestUser("a");
    const b = await createTestUser("b");
    const slipA = await createSlip(a.id, { raw: slipFields(), uploads: [], locale: "en", idempotencyKey: "shared" });
    const slipB = await createSlip(b.id, { raw: slipFields(), uploads: [], locale: "en", idempotencyKey: "shared" });
    expect(slipB.id).not.toBe(slipA.id);
    expect(slipB.replayed).toBe(false);
  });
});

describe("concurrent writers", () => {
  it("twenty writers at once all succeed: no database-busy error reaches anyone", async () => {
    const users = await Promise.all(Array.from({ length: 4 }, (_, i) => createTestUser(`busy${i}`)));
    const upload = await jpegUpload();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => createSlip(users[i % 4]!.id, { raw: slipFields(), uploads: i % 2 ? [upload] : [], locale: "en" })),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.slip.count({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(20);
  });
});

describe("the database photo store", () => {
  it("keeps a slip's photo and thumbnail in the database, not on disk, and serves them back", async () => {
    const user = await createTestUser("blob");
    const { id } = await createSlip(user.id, { raw: slipFields(), uploads: [await jpegUpload()], locale: "en" });
    const photo = await db.slipPhoto.findFirstOrThrow({ where: { slipId: id }, select: { storageKey: true, thumbKey: true } });
    const full = await getPhotoStorage().get(photo.storageKey);
    const thumb = await getPhotoStorage().get(photo.thumbKey);
    expect(full?.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(thumb?.length).toBeGreaterThan(0);
    expect(existsSync(testPhotoDir) ? readdirSync(testPhotoDir) : []).toEqual([]);
  });
});
