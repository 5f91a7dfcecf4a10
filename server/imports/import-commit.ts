/**
 * Commit of a previewed statement import: all or nothing, in one transaction — the import is
 * claimed (preview → committed, so two commits cannot both save), its records are stored
 * (storeRecords: fingerprints already stored are skipped, holds linked to postings) and the
 * counts kept. The kept file and parsed records are dropped with the same write. Committing
 * again answers the first commit's counts and changes nothing.
 */
import "server-only";
import type { IssuerRecord } from "@/domain/issuer-records";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { storeRecords } from "@/server/records/store-records";
import { noteTrackingChange, scheduleTracking } from "@/server/tracking/tracking-queue";

export type CommitResult = { newCount: number; existingCount: number; linkedCount: number; alreadyCommitted: boolean };

/** A 200 000-row file takes seconds on a small machine; the default 5 s would cut it off. */
const COMMIT_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

class AlreadyClaimed extends Error {}

async function storedCounts(userId: string, importId: string): Promise<CommitResult> {
  const row = await db.statementImport.findFirst({ where: { id: importId, userId }, select: { newCount: true, existingCount: true, linkedCount: true } });
  if (!row) throw new AppError("notFound");
  return { newCount: row.newCount ?? 0, existingCount: row.existingCount ?? 0, linkedCount: row.linkedCount ?? 0, alreadyCommitted: true };
}

export async function commitImport(userId: string, importId: string, now = new Date()): Promise<CommitResult> {
  const row = await db.statementImport.findFirst({
    where: { id: importId, userId },
    select: { status: true, needsMapping: true, recordCount: true, recordsJson: true },
  });
  if (!row) throw new AppError("notFound");
  if (row.status === "committed") return storedCounts(userId, importId);
  if (row.needsMapping || row.recordCount === 0 || !row.recordsJson) throw new AppError("invalidInput", { _form: ["imports.errors.nothingToSave"] });
  const records = JSON.parse(row.recordsJson) as IssuerRecord[];
  try {
    const stored = await db.$transaction(async (tx) => {
      const claimed = await tx.statementImport.updateMany({
        where: { id: importId, userId, status: "preview" },
        data: { status: "committed", committedAt: now, fileBytes: null, recordsJson: null },
      });
      if (claimed.count === 0) throw new AlreadyClaimed();
      const result = await storeRecords(tx, userId, records, importId);
      await noteTrackingChange(tx, userId, records.map((r) => r.transactionDate));
      await tx.statementImport.update({
        where: { id: importId },
        data: { newCount: result.newCount, existingCount: result.existingCount, linkedCount: result.linkedCount },
      });
      return result;
    }, COMMIT_TRANSACTION);
    await scheduleTracking(userId);
    return { newCount: stored.newCount, existingCount: stored.existingCount, linkedCount: stored.linkedCount, alreadyCommitted: false };
  } catch (error) {
    if (error instanceof AlreadyClaimed) return storedCounts(userId, importId);
    throw error;
  }
}
