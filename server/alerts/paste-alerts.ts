/**
 * Pasted bank alerts → stored records (docs/importers.md "Pasted bank alerts"). Every message
 * comes back in exactly one list — understood (each saying whether it was new or already saved),
 * not understood (with the reason key) or skipped (OTP / marketing) — so nothing is dropped
 * silently. The records are saved through storeRecords in one transaction.
 */
import "server-only";
import { parseAlerts, type NotUnderstoodAlert, type SkippedAlert } from "@/domain/sms";
import type { IssuerRecord } from "@/domain/issuer-records";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { retryWhenBusy, storeRecords } from "@/server/records/store-records";
import { trackingChanged } from "@/server/tracking/tracking-queue";

/** About 200 long alerts; a paste is typed or copied by hand. */
export const MAX_ALERTS_TEXT = 100_000;

export type PastedAlertsResult = {
  records: { record: IssuerRecord; isNew: boolean }[];
  notUnderstood: NotUnderstoodAlert[];
  skipped: SkippedAlert[];
  newCount: number;
  existingCount: number;
};

export function checkAlertsText(text: unknown): string {
  if (typeof text !== "string" || text.trim() === "") throw new AppError("invalidInput", { text: ["alerts.errors.empty"] });
  if (text.length > MAX_ALERTS_TEXT) throw new AppError("invalidInput", { text: ["alerts.errors.tooLong"] });
  return text;
}

export async function pasteAlerts(userId: string, text: unknown, now = new Date()): Promise<PastedAlertsResult> {
  const parsed = parseAlerts(checkAlertsText(text), { now });
  const stored = parsed.records.length === 0
    ? { newCount: 0, existingCount: 0, newFingerprints: new Set<string>() }
    : await retryWhenBusy(() => db.$transaction((tx) => storeRecords(tx, userId, parsed.records), { timeout: 30_000, maxWait: 20_000 }));
  if (stored.newCount > 0) await trackingChanged(userId, parsed.records.map((r) => r.transactionDate));
  return {
    records: parsed.records.map((record) => ({ record, isNew: stored.newFingerprints.has(record.fingerprint) })),
    notUnderstood: parsed.notUnderstood,
    skipped: parsed.skipped,
    newCount: stored.newCount,
    existingCount: stored.existingCount,
  };
}
