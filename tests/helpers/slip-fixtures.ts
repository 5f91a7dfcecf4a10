/** Users, slips, photos and saved diagnoses for server-layer tests, made through the real write path. */
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { createSlip } from "@/server/slips/slip-writes";
import { plainJpeg } from "@/tests/helpers/test-images";
import type { TestUser } from "./next-stand-ins";

export async function createTestUser(prefix = "user"): Promise<TestUser> {
  const email = `${prefix}-${randomBytes(4).toString("hex")}@example.test`;
  const user = await db.user.create({ data: { email }, select: { id: true, email: true } });
  return user;
}

/** A complete, valid slip as the form posts it. */
export function slipFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    merchantName: "LAWSON SHIBUYA",
    city: "Tokyo",
    country: "JP",
    localDateTime: "2025-03-14T18:05",
    timeZone: "Asia/Tokyo",
    amount: "1280",
    currency: "JPY",
    cardLast4: "4242",
    entryMode: "contactless",
    tid: "12345678",
    approvalCode: "Y3",
    notes: "Terminal said UNABLE TO GO ONLINE",
    ...overrides,
  };
}

export async function jpegUpload(name = "slip.jpg") {
  return { fileName: name, bytes: new Uint8Array(await plainJpeg()) };
}

export async function seedSlipWithPhoto(userId: string, overrides: Record<string, string> = {}) {
  const { id } = await createSlip(userId, { raw: slipFields(overrides), uploads: [await jpegUpload()], locale: "en" });
  const photo = await db.slipPhoto.findFirstOrThrow({ where: { slipId: id }, select: { id: true, storageKey: true, thumbKey: true } });
  return { slipId: id, photoId: photo.id, storageKey: photo.storageKey, thumbKey: photo.thumbKey };
}

export async function seedSavedDiagnosis(userId: string) {
  return db.savedDiagnosis.create({ data: { userId, query: "screen=offline", causeId: "hostDown" }, select: { id: true } });
}
