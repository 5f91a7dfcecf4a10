/**
 * "Export all my data": one zip with everything SlipTrack keeps about the user — account
 * details, every slip as JSON and as spreadsheet-safe CSV, saved diagnoses, each photo as
 * stored (already re-encoded, metadata-free), the issuer side (issuer-data.ts) and the share
 * links' dates (never a token: none is stored). Built in memory: a user has at most a few
 * hundred slips and 5 photos each. Photo files are named by slip, never by the uploaded name.
 */
import "server-only";
import { strToU8, zipSync, type Zippable } from "fflate";
import { formatMinorAsDecimal } from "@/domain/money";
import { csvNumber, toSpreadsheetCsv, type CsvCell } from "@/domain/export/spreadsheet-csv";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getPhotoStorage } from "@/server/photos/storage";
import { listSlipViewsForUser } from "@/server/slips/slip-queries";
import { PRINTED_FIELDS, type SlipView } from "@/server/slips/slip-view";
import { loadIssuerData } from "./export-issuer-data";

const decimal = (minor: number | null, currency: string | null) => (minor === null || !currency ? null : formatMinorAsDecimal(minor, currency));

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function photoPath(slipId: string, index: number): string {
  return `photos/${slipId}/photo-${index + 1}.jpg`;
}

const CSV_COLUMNS: readonly [string, (slip: SlipView) => CsvCell][] = [
  ["id", (s) => s.id],
  ["merchant_name", (s) => s.merchantName],
  ["city", (s) => s.city],
  ["country", (s) => s.country],
  ["local_date_time", (s) => s.localDateTime],
  ["time_zone", (s) => s.timeZone],
  ["amount", (s) => csvNumber(decimal(s.amountMinor, s.currency))],
  ["currency", (s) => s.currency],
  ["amount_minor", (s) => s.amountMinor],
  ["card_last4", (s) => s.cardLast4],
  ["entry_mode", (s) => s.entryMode],
  ...PRINTED_FIELDS.map((field): [string, (slip: SlipView) => CsvCell] => [snake(field), (s) => s[field]]),
  ["dcc_rate", (s) => csvNumber(s.dccRate)],
  ["dcc_home_amount", (s) => csvNumber(decimal(s.dccHomeAmountMinor, s.dccHomeCurrency))],
  ["dcc_home_currency", (s) => s.dccHomeCurrency],
  ["paid_instead_method", (s) => s.paidInsteadMethod],
  ["paid_instead_card_last4", (s) => s.paidInsteadCardLast4],
  ["paid_instead_amount", (s) => csvNumber(decimal(s.paidInsteadAmountMinor, s.paidInsteadCurrency))],
  ["paid_instead_currency", (s) => s.paidInsteadCurrency],
  ["notes", (s) => s.notes],
  ["saved_diagnosis_id", (s) => s.savedDiagnosisId],
  ["photo_files", (s) => s.photos.map((_, i) => photoPath(s.id, i)).join(" ")],
  ["created_at", (s) => s.createdAt],
  ["updated_at", (s) => s.updatedAt],
];

export function slipsToCsv(slips: SlipView[]): string {
  return toSpreadsheetCsv(CSV_COLUMNS.map(([name]) => name), slips.map((slip) => CSV_COLUMNS.map(([, read]) => read(slip))));
}

export async function buildDataExport(userId: string, now = new Date()): Promise<{ zip: Uint8Array; fileName: string }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, createdAt: true } });
  if (!user) throw new AppError("notFound");
  const [slips, diagnoses, issuer, shareLinks, statusChanges, disputeSteps, letterEdits, remindersSent] = await Promise.all([
    listSlipViewsForUser(userId),
    db.savedDiagnosis.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: { id: true, query: true, causeId: true, createdAt: true } }),
    loadIssuerData(userId),
    // Dates only: the token itself is never stored, so no export can hold it.
    db.shareLink.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: { id: true, slipId: true, createdAt: true, expiresAt: true, revokedAt: true } }),
    db.statusChange.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { slipId: true, fromStatus: true, toStatus: true, createdAt: true } }),
    db.disputeStep.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { slipId: true, kind: true, on: true, followUpOn: true, ground: true, creditedMinor: true, creditedCurrency: true, createdAt: true } }),
    db.disputeLetterEdit.findMany({ where: { userId }, orderBy: { updatedAt: "asc" }, select: { slipId: true, audience: true, lang: true, ground: true, text: true, updatedAt: true } }),
    db.reminderSent.findMany({ where: { userId }, orderBy: { sentAt: "asc" }, select: { slipId: true, kind: true, dueOn: true, sentAt: true } }),
  ]);
  const storage = getPhotoStorage();
  const photoFiles: Zippable = {};
  const photoRows = await db.slipPhoto.findMany({ where: { userId }, select: { id: true, storageKey: true } });
  const keyOf = new Map(photoRows.map((row) => [row.id, row.storageKey]));
  for (const slip of slips) {
    for (const [index, photo] of slip.photos.entries()) {
      const key = keyOf.get(photo.id);
      const bytes = key ? await storage.get(key) : null;
      // Already-compressed JPEG: stored, not deflated again.
      if (bytes) photoFiles[photoPath(slip.id, index)] = [new Uint8Array(bytes), { level: 0 }];
    }
  }
  const slipsJson = slips.map((slip) => ({
    ...slip,
    amount: decimal(slip.amountMinor, slip.currency),
    photos: slip.photos.map((photo, index) => ({ ...photo, file: photoPath(slip.id, index) })),
  }));
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2) + "\n");
  const zip = zipSync({
    "account.json": json({ email: user.email, name: user.name, locale: user.locale, createdAt: user.createdAt.toISOString(), exportedAt: now.toISOString() }),
    "slips.json": json(slipsJson),
    "slips.csv": strToU8(slipsToCsv(slips)),
    "saved-diagnoses.json": json(diagnoses.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() }))),
    "issuer-records.json": json(issuer["issuer-records.json"]),
    "issuer-records.csv": strToU8(issuer["issuer-records.csv"]),
    "payment-status.json": json(issuer["payment-status.json"]),
    "matches.json": json(issuer["matches.json"]),
    "column-mappings.json": json(issuer["column-mappings.json"]),
    "issuer-feeds.json": json(issuer["issuer-feeds.json"]),
    "status-changes.json": json(statusChanges.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }))),
    // The disputes the traveller tracks: their steps, their own wording of the letters, the reminders delivered.
    "disputes.json": json({
      steps: disputeSteps.map(({ creditedMinor, creditedCurrency, createdAt, ...step }) => ({
        ...step, creditedMinor: creditedMinor === null ? null : Number(creditedMinor), credited: decimal(creditedMinor === null ? null : Number(creditedMinor), creditedCurrency), creditedCurrency, createdAt: createdAt.toISOString(),
      })),
      letters: letterEdits.map((l) => ({ ...l, updatedAt: l.updatedAt.toISOString() })),
      reminders: remindersSent.map((r) => ({ ...r, sentAt: r.sentAt.toISOString() })),
    }),
    "share-links.json": json(shareLinks.map((l) => ({ ...l, createdAt: l.createdAt.toISOString(), expiresAt: l.expiresAt.toISOString(), revokedAt: l.revokedAt?.toISOString() ?? null }))),
    ...photoFiles,
  });
  return { zip, fileName: `sliptrack-export-${now.toISOString().slice(0, 10)}.zip` };
}
