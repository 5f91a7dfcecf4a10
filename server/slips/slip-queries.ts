/**
 * Reads of slips and their photos. Every query takes the user id and scopes by it in the same
 * condition as the slip id, so another user's slip is indistinguishable from a missing one
 * (null → the caller answers 404).
 */
import "server-only";
import { db } from "@/server/db";
import { NEWEST_FIRST, PAGE_SIZE, afterCursor, pageOf, type Cursor } from "@/server/http/keyset";
import { getPhotoStorage } from "@/server/photos/storage";
import { SLIP_VIEW_SELECT, toSlipView, type SlipView } from "@/server/slips/slip-view";
import { toSafeNumber } from "@/server/stored-amounts";
import { STATUS_SLIP_SELECT, statusesOfSlipRows } from "@/server/tracking/tracking-queries";
import type { SlipStatus } from "@/domain/status";

export type SlipListItem = {
  id: string;
  merchantName: string;
  city: string | null;
  country: string;
  localDateTime: string;
  timeZone: string;
  amountMinor: number;
  currency: string;
  photoCount: number;
  /** Today's tracking status, as on "My payments". */
  status: SlipStatus;
  /** The status rests on a match not yet confirmed (it reads "probably … — please confirm"). */
  statusIsProbable: boolean;
};

export type SlipListPage = { items: SlipListItem[]; nextCursor: string | null };

/** One page, newest first by the slip's own (local) time; `cursor` is where the last page ended. */
export async function listSlipsForUser(userId: string, { cursor = null, size = PAGE_SIZE }: { cursor?: Cursor | null; size?: number } = {}): Promise<SlipListPage> {
  // One read for the page and what its statuses are derived from (each Prisma call costs its
  // query plan's compilation, about a millisecond, on the request thread).
  const rows = await db.slip.findMany({
    where: { userId, ...afterCursor(cursor) },
    orderBy: NEWEST_FIRST,
    take: size + 1,
    select: { ...STATUS_SLIP_SELECT, timeZone: true },
  });
  const page = pageOf(rows, size);
  // Counted for this user's page only (a relation _count is a GROUP BY over every user's photos).
  const ids = page.items.map((r) => r.id);
  const [counts, statuses] = await Promise.all([
    ids.length === 0 ? [] : db.slipPhoto.groupBy({ by: ["slipId"], where: { userId, slipId: { in: ids } }, _count: { _all: true } }),
    statusesOfSlipRows(userId, page.items),
  ]);
  const photos = new Map(counts.map((c) => [c.slipId, c._count._all]));
  return {
    items: page.items.map((row) => ({
      id: row.id, merchantName: row.merchantName, city: row.city, country: row.country, localDateTime: row.localDateTime, timeZone: row.timeZone,
      amountMinor: toSafeNumber(row.amountMinor), currency: row.currency, photoCount: photos.get(row.id) ?? 0,
      status: statuses.get(row.id)?.status ?? "awaiting", statusIsProbable: statuses.get(row.id)?.isProbable ?? false,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function getSlipForUser(userId: string, slipId: string): Promise<SlipView | null> {
  const row = await db.slip.findFirst({ where: { id: slipId, userId }, select: SLIP_VIEW_SELECT });
  return row ? toSlipView(row) : null;
}

/** Every slip of the user with its photos, for the data export. */
export async function listSlipViewsForUser(userId: string): Promise<SlipView[]> {
  const rows = await db.slip.findMany({ where: { userId }, orderBy: [{ localDateTime: "desc" }, { createdAt: "desc" }], select: SLIP_VIEW_SELECT });
  return rows.map(toSlipView);
}

export type PhotoBytes = { bytes: Buffer; contentType: string };

/** The photo (or its thumbnail) when it belongs to this slip and this user; null otherwise. */
export async function getSlipPhotoForUser(userId: string, slipId: string, photoId: string, size: "full" | "thumb"): Promise<PhotoBytes | null> {
  const photo = await db.slipPhoto.findFirst({
    where: { id: photoId, slipId, userId },
    select: { storageKey: true, thumbKey: true, contentType: true },
  });
  if (!photo) return null;
  const bytes = await getPhotoStorage().get(size === "thumb" ? photo.thumbKey : photo.storageKey);
  return bytes ? { bytes, contentType: photo.contentType } : null;
}

export type SavedDiagnosisOption = { id: string; causeId: string; createdAt: Date };

/** The user's saved diagnoses, newest first, for the slip form's "attach" select. */
export async function listSavedDiagnosesForUser(userId: string): Promise<SavedDiagnosisOption[]> {
  return db.savedDiagnosis.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, causeId: true, createdAt: true },
  });
}

export async function getSavedDiagnosisForUser(userId: string, id: string): Promise<SavedDiagnosisOption | null> {
  return db.savedDiagnosis.findFirst({ where: { id, userId }, select: { id: true, causeId: true, createdAt: true } });
}
