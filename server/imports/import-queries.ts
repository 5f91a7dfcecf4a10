/**
 * Reads of statement imports for the preview page and the API, scoped by user: another user's
 * import is null, exactly like a missing one. The big columns (file bytes, all parsed records)
 * are never selected here.
 */
import "server-only";
import { db } from "@/server/db";
import { previewCutoff } from "./import-sweep";
import type { ImportOptions, ImportPreviewData } from "@/server/imports/import-preview";

export type ImportView = {
  id: string;
  userId: string;
  fileName: string;
  format: string | null;
  layout: string | null;
  encoding: string;
  status: "preview" | "committed";
  needsMapping: boolean;
  recordCount: number;
  skippedCount: number;
  newCount: number | null;
  existingCount: number | null;
  updatedCount: number | null;
  linkedCount: number | null;
  mappingKey: string | null;
  options: ImportOptions;
  createdAt: Date;
  committedAt: Date | null;
  data: ImportPreviewData;
};

export async function getImportForUser(userId: string, importId: string): Promise<ImportView | null> {
  if (importId.length > 64) return null;
  const row = await db.statementImport.findFirst({
    where: { id: importId, userId },
    select: {
      id: true, userId: true, fileName: true, format: true, layout: true, encoding: true, status: true, needsMapping: true, recordCount: true,
      skippedCount: true, newCount: true, existingCount: true, updatedCount: true, linkedCount: true, mappingKey: true, options: true, createdAt: true,
      committedAt: true, previewJson: true,
    },
  });
  if (!row) return null;
  const { previewJson, options, status, ...rest } = row;
  return {
    ...rest,
    status: status === "committed" ? "committed" : "preview",
    options: JSON.parse(options) as ImportOptions,
    data: JSON.parse(previewJson) as ImportPreviewData,
  };
}

export type OpenImport = { id: string; fileName: string; recordCount: number; needsMapping: boolean; createdAt: Date };

/** Previews not yet committed and not yet expired (newest first), so the traveller can come back to one. */
export async function listOpenImports(userId: string, now = new Date()): Promise<OpenImport[]> {
  return db.statementImport.findMany({
    where: { userId, status: "preview", createdAt: { gte: previewCutoff(now) } },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, fileName: true, recordCount: true, needsMapping: true, createdAt: true },
  });
}
