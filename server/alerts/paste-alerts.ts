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
import { noteTrackingChange, scheduleTracking } from "@/server/tracking/tracking-queue";

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

/** The issuer's country (ISO 3166 alpha-2), when the traveller said it; anything else is ignored. */
export function checkIssuerCountry(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string" || !/^[A-Z]{2}$/.test(value.trim().toUpperCase())) throw new AppError("invalidInput", { issuerCountry: ["alerts.errors.issuerCountry"] });
  return value.trim().toUpperCase();
}

/**
 * `now` is the paste time: alerts without a year take the latest such date not after it.
 * `issuerCountry` decides numeric dates that read both ways (03/04); SlipTrack keeps no card
 * settings, so it is given only when the traveller chooses it beside the paste — else none,
 * and the alert's own currency and wording decide.
 */
export async function pasteAlerts(userId: string, text: unknown, now = new Date(), options: { issuerCountry?: unknown } = {}): Promise<PastedAlertsResult> {
  const issuerCountry = checkIssuerCountry(options.issuerCountry);
  const parsed = parseAlerts(checkAlertsText(text), { now, ...(issuerCountry ? { issuerCountry } : {}) });
  const stored = parsed.records.length === 0
    ? { newCount: 0, existingCount: 0, updatedCount: 0, newFingerprints: new Set<string>() }
    : await retryWhenBusy(() => db.$transaction(async (tx) => {
      const result = await storeRecords(tx, userId, parsed.records);
      // Noted in the same transaction as the records: one write, and never records without it.
      if (result.newCount > 0) await noteTrackingChange(tx, userId, parsed.records.map((r) => r.transactionDate));
      return result;
    }, { timeout: 30_000, maxWait: 20_000 }));
  if (stored.newCount > 0) await scheduleTracking(userId);
  return {
    records: parsed.records.map((record) => ({ record, isNew: stored.newFingerprints.has(record.fingerprint) })),
    notUnderstood: parsed.notUnderstood,
    skipped: parsed.skipped,
    newCount: stored.newCount,
    existingCount: stored.existingCount,
  };
}
