/**
 * Uncommitted statement previews expire: after IMPORT_PREVIEW_HOURS (default 24) a preview — its
 * kept file (card numbers already masked, domain/statements/redact-statement-bytes.ts) and its
 * parsed rows — is deleted by this sweep, whether or not the traveller ever comes back. Committed
 * imports keep only their counts (the commit drops the file and rows in the same write).
 * Runs from instrumentation.ts every few minutes on every instance (deleting twice is harmless).
 */
import "server-only";
import { env } from "@/env";
import { db } from "@/server/db";

export function previewLifetimeMs(): number {
  return env.IMPORT_PREVIEW_HOURS * 60 * 60 * 1000;
}

/** The oldest createdAt a preview may have and still be shown. */
export function previewCutoff(now: Date): Date {
  return new Date(now.getTime() - previewLifetimeMs());
}

export async function sweepExpiredImportPreviews(now = new Date()): Promise<number> {
  const { count } = await db.statementImport.deleteMany({ where: { status: "preview", createdAt: { lt: previewCutoff(now) } } });
  return count;
}
