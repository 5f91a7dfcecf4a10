/**
 * Issue 14, "no card number at rest": probes on a throwaway SQLite database (the suite's own,
 * server/db.ts as production opens it). Each one failed before its control existed:
 * the raw upload was kept in StatementImport.fileBytes; a preview lived until the next import;
 * deleted rows stayed readable in the file's free pages; orphaned photo files were never swept.
 */
import "../helpers/test-environment";
import { mkdirSync, readFileSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findIssuedCardNumbers } from "@/domain/statements";
import { db } from "@/server/db";
import { createImportPreview, rereadImport } from "@/server/imports/import-preview";
import { commitImport } from "@/server/imports/import-commit";
import { listOpenImports } from "@/server/imports/import-queries";
import { sweepExpiredImportPreviews } from "@/server/imports/import-sweep";
import { sweepOrphanPhotoBlobs, sweepOrphanPhotoFiles } from "@/server/photos/orphan-sweep";
import { newPhotoKeys } from "@/server/photos/storage";
import { createTestUser } from "../helpers/slip-fixtures";
import { testDatabaseUrl, testPhotoDir } from "../helpers/test-environment";

const encode = (text: string) => new TextEncoder().encode(text);
const holdsCardNumber = (text: string) => findIssuedCardNumbers(text).length > 0;

/** A Chase-shaped export whose memo column carries whole card numbers. */
function csvWithCardNumbers(): Uint8Array {
  return encode(
    [
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo",
      "11/03/2026,11/04/2026,SEVEN-ELEVEN BANGKOK,Shopping,Sale,-12.50,card 4111 1111 1111 1111",
      "11/04/2026,11/05/2026,HILTON TOKYO,Travel,Sale,-120.00,5555-5555-5555-4444",
    ].join("\n") + "\n",
  );
}

describe("statement previews keep no card number", () => {
  it("the kept file, the preview and the parsed rows are masked; a re-read still works", async () => {
    const user = await createTestUser("rest");
    const { id } = await createImportPreview(user.id, { fileName: "chase.csv", bytes: csvWithCardNumbers() });
    const row = await db.statementImport.findUniqueOrThrow({ where: { id }, select: { fileBytes: true, previewJson: true, recordsJson: true } });
    const kept = new TextDecoder().decode(row.fileBytes!);
    expect(kept).toContain("**** **** **** 1111");
    expect(kept).toContain("****-****-****-4444");
    for (const text of [kept, row.previewJson, row.recordsJson ?? ""]) expect(holdsCardNumber(text)).toBe(false);
    // The kept (masked) file is read again for another currency: the same two rows come back.
    await rereadImport(user.id, id, { currency: "USD" });
    const after = await db.statementImport.findUniqueOrThrow({ where: { id }, select: { recordCount: true, recordsJson: true } });
    expect(after.recordCount).toBe(2);
    expect(holdsCardNumber(after.recordsJson ?? "")).toBe(false);
    await commitImport(user.id, id);
    const committed = await db.statementImport.findUniqueOrThrow({ where: { id }, select: { fileBytes: true, recordsJson: true } });
    expect(committed).toEqual({ fileBytes: null, recordsJson: null });
  });

  it("an uncommitted preview is deleted by the sweep once it expires, without another import", async () => {
    const user = await createTestUser("expire");
    const made = new Date("2026-11-20T08:00:00Z");
    const { id } = await createImportPreview(user.id, { fileName: "chase.csv", bytes: csvWithCardNumbers() }, made);
    await sweepExpiredImportPreviews(new Date(made.getTime() + 23 * 3_600_000));
    expect(await db.statementImport.count({ where: { id } })).toBe(1);
    expect((await listOpenImports(user.id, new Date(made.getTime() + 23 * 3_600_000))).map((i) => i.id)).toEqual([id]);
    await sweepExpiredImportPreviews(new Date(made.getTime() + 25 * 3_600_000));
    expect(await db.statementImport.count({ where: { id } })).toBe(0);
  });

  it("four commits of one import at once save it once; the others answer 'already committed'", async () => {
    const user = await createTestUser("race");
    const { id } = await createImportPreview(user.id, { fileName: "chase.csv", bytes: csvWithCardNumbers() });
    const results = await Promise.all(Array.from({ length: 4 }, () => commitImport(user.id, id)));
    expect(results.filter((r) => !r.alreadyCommitted)).toHaveLength(1);
    expect(results.filter((r) => r.alreadyCommitted)).toHaveLength(3);
    for (const r of results) expect(r.newCount).toBe(2);
    expect(await db.issuerRecord.count({ where: { userId: user.id } })).toBe(2);
  });
});

/** A slip row written straight to the table (the form's rules are not what is tested here). */
async function plainSlip(userId: string, notes?: string): Promise<{ id: string }> {
  return db.slip.create({
    data: { userId, merchantName: "Marker shop", country: "FR", localDateTime: "2026-11-03T10:00", timeZone: "Europe/Paris", amountMinor: 100n, currency: "EUR", cardLast4: "1111", entryMode: "chip", notes },
    select: { id: true },
  });
}

describe("deleted rows leave nothing readable in the SQLite file", () => {
  it("secure_delete is on: a deleted slip's note is gone from the file's bytes", async () => {
    const user = await createTestUser("wipe");
    const marker = `WIPE-ME-${Date.now()}-QXZ`;
    const slip = await plainSlip(user.id, marker.repeat(40));
    const file = testDatabaseUrl.replace(/^file:/, "");
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    expect(readFileSync(file).includes(Buffer.from(marker))).toBe(true);
    await db.slip.delete({ where: { id: slip.id } });
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    expect(readFileSync(file).includes(Buffer.from(marker))).toBe(false);
    const wal = `${file}-wal`;
    if (existsSync(wal)) expect(readFileSync(wal).includes(Buffer.from(marker))).toBe(false);
  });
});

describe("orphaned photo bytes are swept", () => {
  const old = new Date(Date.now() - 2 * 3_600_000);

  it("disk: an old file no photo row names is removed; a fresh one and a used one stay", async () => {
    const orphan = newPhotoKeys("jpg").storageKey;
    const fresh = newPhotoKeys("jpg").storageKey;
    const tmp = `${newPhotoKeys("jpg").storageKey}.0a1b2c3d.tmp`;
    const user = await createTestUser("sweep");
    const used = newPhotoKeys("jpg");
    const slip = await plainSlip(user.id);
    const place = (key: string) => {
      const file = path.join(testPhotoDir, key.slice(0, 2), key);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "x");
      return file;
    };
    const orphanFile = place(orphan);
    const freshFile = place(fresh);
    const tmpFile = place(tmp);
    const usedFile = place(used.storageKey);
    for (const f of [orphanFile, tmpFile, usedFile]) utimesSync(f, old, old);
    {
      await db.slipPhoto.create({ data: { slipId: slip.id, userId: user.id, storageKey: used.storageKey, thumbKey: used.thumbKey, contentType: "image/jpeg", width: 1, height: 1, byteSize: 1 } });
    }
    const removed = await sweepOrphanPhotoFiles(testPhotoDir);
    expect(existsSync(orphanFile)).toBe(false);
    expect(existsSync(tmpFile)).toBe(false);
    expect(existsSync(freshFile)).toBe(true);
    expect(existsSync(usedFile)).toBe(true);
    expect(removed).toBeGreaterThanOrEqual(2);
  });

  it("database store: an old blob no photo row names is removed, a fresh one stays", async () => {
    const orphan = newPhotoKeys("webp").storageKey;
    const fresh = newPhotoKeys("webp").storageKey;
    await db.photoBlob.create({ data: { key: orphan, contentType: "image/webp", data: new Uint8Array([1]), createdAt: old } });
    await db.photoBlob.create({ data: { key: fresh, contentType: "image/webp", data: new Uint8Array([1]) } });
    await sweepOrphanPhotoBlobs();
    expect(await db.photoBlob.count({ where: { key: orphan } })).toBe(0);
    expect(await db.photoBlob.count({ where: { key: fresh } })).toBe(1);
  });
});
