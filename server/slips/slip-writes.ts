/**
 * Every write to a slip, shared by the server actions and the JSON API. Each follows the one
 * write path: the caller has done requireUser() → readSlipInput (zod + ownership of the
 * attached diagnosis) and preparePhotos → one database write scoped by userId → photo files
 * stored before their rows and removed after theirs. Another user's slip or photo is
 * AppError("notFound"), exactly like a missing one. See docs/slips.md.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { PHOTO_LIMITS, type UploadedPhoto } from "@/server/photos/process-photo";
import { readSlipInput, type SlipRecordInput } from "./read-slip-input";
import { findDrafts } from "@/server/photos/photo-drafts";
import { preparePhotos, removePhotoFiles, writeWithPhotos, type StoredPhoto } from "@/server/photos/slip-photos";
import { getSlipForUser } from "@/server/slips/slip-queries";
import { slipToFormValues } from "./slip-view";
import { noteTrackingChange, scheduleTracking, trackingChanged } from "@/server/tracking/tracking-queue";

/** `draftIds`: photos kept from a refused post without JavaScript (server/photos/photo-drafts.ts). */
export type SlipWriteInput = { raw: Record<string, unknown>; uploads: UploadedPhoto[]; locale: Locale; draftIds?: string[] };

const big = (value: number | undefined) => (value === undefined ? null : BigInt(value));
const orNull = <T>(value: T | undefined) => (value === undefined ? null : value);

function toSlipData(input: SlipRecordInput) {
  return {
    merchantName: input.merchantName,
    city: orNull(input.city),
    country: input.country,
    localDateTime: input.localDateTime,
    timeZone: input.timeZone,
    amountMinor: BigInt(input.amountMinor),
    currency: input.currency,
    cardLast4: input.cardLast4,
    entryMode: input.entryMode,
    mid: orNull(input.mid),
    tid: orNull(input.tid),
    batch: orNull(input.batch),
    trace: orNull(input.trace),
    rrn: orNull(input.rrn),
    approvalCode: orNull(input.approvalCode),
    aid: orNull(input.aid),
    applicationLabel: orNull(input.applicationLabel),
    tvr: orNull(input.tvr),
    tsi: orNull(input.tsi),
    responseCode: orNull(input.responseCode),
    offlineWording: orNull(input.offlineWording),
    dccRate: orNull(input.dccRate),
    dccHomeAmountMinor: big(input.dccHomeAmountMinor),
    dccHomeCurrency: orNull(input.dccHomeCurrency),
    paidInsteadMethod: orNull(input.paidInsteadMethod),
    paidInsteadCardLast4: orNull(input.paidInsteadCardLast4),
    paidInsteadAmountMinor: big(input.paidInsteadAmountMinor),
    paidInsteadCurrency: orNull(input.paidInsteadCurrency),
    notes: orNull(input.notes),
    printedAs: Object.keys(input.printedAs).length > 0 ? JSON.stringify(input.printedAs) : null,
    savedDiagnosisId: input.savedDiagnosisId,
  };
}

/** Fields and photos checked together, so the traveller sees every problem at once. */
async function readWrite(userId: string, input: SlipWriteInput, keptCount: number) {
  const fields = await readSlipInput(userId, input.raw, input.locale);
  // The user's own unexpired drafts only: another user's id, or an expired one, is not there.
  const drafts = await findDrafts(userId, input.draftIds ?? []);
  const photos = await preparePhotos(input.uploads, { keptCount: keptCount + drafts.length, decode: fields.ok });
  if (!fields.ok || !photos.ok) {
    throw new AppError("invalidInput", { ...(fields.ok ? {} : fields.fieldErrors), ...(photos.ok ? {} : { photos: photos.errors }) });
  }
  return { data: toSlipData(fields.data), photos: photos.photos, drafts };
}

type DraftTx = Pick<typeof db, "photoDraft">;

/** In the slip's transaction: the drafts become its photos (their bytes are already stored). */
async function useDrafts(tx: DraftTx, userId: string, drafts: (StoredPhoto & { id: string })[]): Promise<StoredPhoto[]> {
  if (drafts.length === 0) return [];
  const { count } = await tx.photoDraft.deleteMany({ where: { userId, id: { in: drafts.map((d) => d.id) } } });
  // Two saves racing for the same drafts: only one may take them.
  if (count !== drafts.length) throw new AppError("invalidInput", { photos: ["photos.errors.draftGone"] });
  return drafts.map((d) => ({ storageKey: d.storageKey, thumbKey: d.thumbKey, contentType: d.contentType, width: d.width, height: d.height, byteSize: d.byteSize }));
}

type PhotoTx = Pick<typeof db, "slipPhoto">;

/** Inside the write's transaction: two requests racing past the per-slip limit cannot both win. */
async function addPhotoRows(tx: PhotoTx, userId: string, slipId: string, stored: StoredPhoto[]) {
  if (stored.length === 0) return;
  await tx.slipPhoto.createMany({ data: stored.map((photo) => ({ ...photo, slipId, userId })) });
  if ((await tx.slipPhoto.count({ where: { slipId } })) > PHOTO_LIMITS.maxPerSlip) {
    throw new AppError("invalidInput", { photos: ["photos.errors.tooMany"] });
  }
}

/** What makes two requests "the same" for an Idempotency-Key: every field and every photo's bytes. */
function hashRequest(input: SlipWriteInput): string {
  const hash = createHash("sha256");
  for (const [name, value] of Object.entries(input.raw).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${name}\u0000${JSON.stringify(value)}\u0000`);
  for (const photo of input.uploads) hash.update(createHash("sha256").update(photo.bytes).digest());
  return hash.digest("hex");
}

/** The slip a key created; a key first used with another request is a conflict, not a replay. */
async function findIdempotentSlip(userId: string, key: string, requestHash: string): Promise<string | null> {
  const row = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } }, select: { slipId: true, requestHash: true } });
  if (row?.requestHash && row.requestHash !== requestHash) throw new AppError("idempotencyConflict");
  return row?.slipId ?? null;
}

/**
 * Logs a slip. With an `idempotencyKey` (the API's Idempotency-Key header) a resent request
 * returns the slip the first one created — `replayed: true` — instead of logging it twice: the
 * key is written in the slip's own transaction, so a crash leaves both or neither. The same key
 * with a different request (other fields or photos) is refused: AppError("idempotencyConflict").
 */
export async function createSlip(userId: string, input: SlipWriteInput & { idempotencyKey?: string }): Promise<{ id: string; replayed: boolean }> {
  const key = input.idempotencyKey;
  const requestHash = key ? hashRequest(input) : null;
  if (key && requestHash) {
    const existing = await findIdempotentSlip(userId, key, requestHash);
    if (existing) return { id: existing, replayed: true };
  }
  const { data, photos, drafts } = await readWrite(userId, input, 0);
  try {
    const { id } = await writeWithPhotos(photos, async (tx, stored) => {
      const kept = await useDrafts(tx, userId, drafts);
      const slip = await tx.slip.create({
        data: { ...data, userId, photos: { create: [...kept, ...stored].map((photo) => ({ ...photo, userId })) } },
        select: { id: true },
      });
      if (key) await tx.idempotencyKey.create({ data: { userId, key, slipId: slip.id, requestHash } });
      await noteTrackingChange(tx, userId, [data.localDateTime]);
      return slip;
    });
    await scheduleTracking(userId);
    return { id, replayed: false };
  } catch (error) {
    // Two copies of one request racing: the loser's transaction hit the key's primary key.
    const winner = key && requestHash ? await findIdempotentSlip(userId, key, requestHash) : null;
    if (winner) return { id: winner, replayed: true };
    throw error;
  }
}

/** Replaces the slip's fields; `removePhotoIds` not belonging to this slip are ignored. */
export async function updateSlip(userId: string, slipId: string, input: SlipWriteInput & { removePhotoIds?: string[] }): Promise<{ id: string }> {
  const existing = await db.slip.findFirst({
    where: { id: slipId, userId },
    select: { localDateTime: true, photos: { select: { id: true, storageKey: true, thumbKey: true } } },
  });
  if (!existing) throw new AppError("notFound");
  const removeIds = new Set(input.removePhotoIds ?? []);
  const removing = existing.photos.filter((photo) => removeIds.has(photo.id));
  const { data, photos, drafts } = await readWrite(userId, input, existing.photos.length - removing.length);
  await writeWithPhotos(photos, async (tx, stored) => {
    const { count } = await tx.slip.updateMany({ where: { id: slipId, userId }, data });
    if (count === 0) throw new AppError("notFound");
    if (removing.length > 0) await tx.slipPhoto.deleteMany({ where: { id: { in: removing.map((p) => p.id) }, slipId, userId } });
    await addPhotoRows(tx, userId, slipId, [...(await useDrafts(tx, userId, drafts)), ...stored]);
    // Both days: a slip moved to another date leaves its old cluster and joins a new one.
    await noteTrackingChange(tx, userId, [existing.localDateTime, data.localDateTime]);
  });
  await removePhotoFiles(removing);
  await scheduleTracking(userId);
  return { id: slipId };
}

/** JSON PATCH semantics: the given fields replace the stored ones, the rest stay as they are. */
export async function patchSlip(userId: string, slipId: string, patch: Record<string, unknown>, locale: Locale): Promise<{ id: string }> {
  const current = await getSlipForUser(userId, slipId);
  if (!current) throw new AppError("notFound");
  return updateSlip(userId, slipId, { raw: { ...slipToFormValues(current), ...patch }, uploads: [], locale });
}

export async function deleteSlip(userId: string, slipId: string): Promise<void> {
  const slip = await db.slip.findFirst({ where: { id: slipId, userId }, select: { localDateTime: true, photos: { select: { storageKey: true, thumbKey: true } } } });
  if (!slip) throw new AppError("notFound");
  const { count } = await db.slip.deleteMany({ where: { id: slipId, userId } });
  if (count === 0) throw new AppError("notFound");
  await removePhotoFiles(slip.photos);
  await trackingChanged(userId, [slip.localDateTime]);
}

export async function addSlipPhotos(userId: string, slipId: string, uploads: UploadedPhoto[]): Promise<{ ids: string[] }> {
  if (uploads.length === 0) throw new AppError("invalidInput", { photos: ["photos.errors.noneChosen"] });
  const slip = await db.slip.findFirst({ where: { id: slipId, userId }, select: { _count: { select: { photos: true } } } });
  if (!slip) throw new AppError("notFound");
  const prepared = await preparePhotos(uploads, { keptCount: slip._count.photos, decode: true });
  if (!prepared.ok) throw new AppError("invalidInput", { photos: prepared.errors });
  const stored = await writeWithPhotos(prepared.photos, async (tx, stored) => {
    await addPhotoRows(tx, userId, slipId, stored);
    return stored;
  });
  const rows = await db.slipPhoto.findMany({ where: { storageKey: { in: stored.map((p) => p.storageKey) }, userId }, select: { id: true } });
  return { ids: rows.map((row) => row.id) };
}

export async function deleteSlipPhoto(userId: string, slipId: string, photoId: string): Promise<void> {
  const photo = await db.slipPhoto.findFirst({ where: { id: photoId, slipId, userId }, select: { id: true, storageKey: true, thumbKey: true } });
  if (!photo) throw new AppError("notFound");
  await db.slipPhoto.deleteMany({ where: { id: photo.id, userId } });
  await removePhotoFiles([photo]);
}
