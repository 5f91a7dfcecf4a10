/**
 * The slip write path end to end below the browser: server actions, route handlers, the photo
 * pipeline, storage on disk, the data export and account deletion, on a throwaway database.
 */
import "../helpers/test-environment";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("@/auth", async () => (await import("../helpers/next-stand-ins")).authStandIn);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import Papa from "papaparse";
import { z } from "zod";
import { strFromU8, unzipSync } from "fflate";
import en from "@/messages/en.json";
import { db } from "@/server/db";
import { emailLimitKey } from "@/server/auth/sign-in-throttle";
import { createSlipAction, updateSlipAction } from "@/server/slips/slip-actions";
import { deleteAccountAction } from "@/server/account/account-actions";
import { getSlipForUser } from "@/server/slips/slip-queries";
import { buildDataExport } from "@/server/account/build-export";
import { signedIn, redirectTarget } from "../helpers/next-stand-ins";
import { createTestUser, jpegUpload, seedSlipWithPhoto, slipFields } from "../helpers/slip-fixtures";
import { testPhotoDir } from "../helpers/test-environment";
import { plainJpeg } from "@/tests/helpers/test-images";
import { seedFeed, seedRecords } from "../helpers/record-fixtures";

afterEach(() => {
  signedIn.user = null;
});

function form(fields: Record<string, string>, photos: { name: string; bytes: Uint8Array }[] = []): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const photo of photos) data.append("photos", new File([Buffer.from(photo.bytes)], photo.name, { type: "image/jpeg" }));
  return data;
}

const fileOf = (key: string) => path.join(testPhotoDir, key.slice(0, 2), key);

async function signIn() {
  const user = await createTestUser("traveller");
  signedIn.user = user;
  return user;
}

async function newSlipId(fields: Record<string, string>, photos: { name: string; bytes: Uint8Array }[] = []): Promise<string> {
  const error = await createSlipAction(null, form({ locale: "en", ...fields }, photos)).then((state) => state, (e: unknown) => e);
  const target = redirectTarget(error);
  if (!target) throw new Error(`not saved: ${JSON.stringify(error)}`);
  return target.match(/\/slips\/([^?]+)/)?.[1] ?? "";
}

describe("identifiers as the slip prints them", () => {
  it("accepts T-0042, stores T0042 for matching with the printed form beside, and keeps it through edit and PATCH", async () => {
    const user = await signIn();
    const id = await newSlipId({ ...slipFields(), tid: "T-0042", rrn: "5043 1234 5678", approvalCode: "a1-b2c3" });
    const row = await db.slip.findFirstOrThrow({ where: { id, userId: user.id }, select: { tid: true, rrn: true, approvalCode: true, printedAs: true } });
    expect(row).toEqual({ tid: "T0042", rrn: "504312345678", approvalCode: "A1B2C3", printedAs: JSON.stringify({ tid: "T-0042", approvalCode: "A1-B2C3" }) });
    const view = (await getSlipForUser(user.id, id))!;
    expect(view.printedAs).toEqual({ tid: "T-0042", approvalCode: "A1-B2C3" });
    const { slipToFormValues } = await import("@/server/slips/slip-view");
    expect(slipToFormValues(view)).toMatchObject({ tid: "T-0042", approvalCode: "A1-B2C3", rrn: "504312345678" });
    // A PATCH of another field re-reads the printed forms and keeps them.
    const { PATCH } = await import("@/app/api/slips/[id]/route");
    const patched = await PATCH(new Request(`http://localhost/api/slips/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ city: "Osaka" }) }), { params: Promise.resolve({ id }) });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { slip: { tid: string; printedAs: Record<string, string> } }).slip).toMatchObject({ tid: "T0042", printedAs: { tid: "T-0042", approvalCode: "A1-B2C3" } });
  });

  it("still refuses a card number written with dashes in an identifier field", async () => {
    await signIn();
    const state = await createSlipAction(null, form({ locale: "en", ...slipFields(), tid: "4111-1111-1111-1111" }));
    expect(state?.fieldErrors?.tid).toEqual([en.slips.errors.cardNumber]);
  });
});

describe("saving a slip through the form action", () => {
  it("stores the slip with its photo; the time zone comes from a one-zone country", async () => {
    const user = await signIn();
    const photo = await jpegUpload("IMG_1.jpg");
    const id = await newSlipId(slipFields({ timeZone: "" }), [{ name: photo.fileName, bytes: photo.bytes }]);
    const slip = await getSlipForUser(user.id, id);
    expect(slip).toMatchObject({ merchantName: "LAWSON SHIBUYA", amountMinor: 1280, currency: "JPY", timeZone: "Asia/Tokyo", cardLast4: "4242" });
    expect(slip?.photos).toHaveLength(1);
    const row = await db.slipPhoto.findFirstOrThrow({ where: { slipId: id } });
    expect(existsSync(fileOf(row.storageKey))).toBe(true);
    expect(row.storageKey).not.toContain("IMG_1");
  });

  it("keeps amounts beyond 32 bits exactly (IDR in the billions of minor units)", async () => {
    const user = await signIn();
    const id = await newSlipId(slipFields({ country: "ID", timeZone: "Asia/Makassar", currency: "IDR", amount: "25,000,000.00" }));
    expect((await getSlipForUser(user.id, id))?.amountMinor).toBe(2_500_000_000);
  });

  it("asks for the zone when the country has several, and says so in Chinese", async () => {
    await signIn();
    const state = await createSlipAction(null, form({ locale: "zh-CN", ...slipFields({ country: "US", timeZone: "", currency: "USD", amount: "12.50" }) }));
    expect(state?.fieldErrors?.timeZone).toEqual(["请填写此项。"]);
  });

  it("refuses a card number in the notes, saves no slip, gives back what was typed and keeps the photo as a draft", async () => {
    const user = await signIn();
    const photo = await jpegUpload();
    const fields = slipFields({ notes: "my card 4111 1111 1111 1111 failed" });
    const state = await createSlipAction(null, form({ locale: "en", ...fields }, [{ name: "a.jpg", bytes: photo.bytes }]));
    expect(state?.ok).toBe(false);
    expect(state?.fieldErrors?.notes?.[0]).toMatch(/full card number/);
    // Without JavaScript the photo cannot go back into the file input: it is kept on the server.
    expect(state?.fieldErrors?.photos).toBeUndefined();
    expect(state?.draftPhotos).toEqual([{ id: expect.any(String), thumbnailUrl: expect.stringMatching(/^\/api\/photo-drafts\/\w+\?size=thumb$/) }]);
    expect(state?.values).toMatchObject({ merchantName: "LAWSON SHIBUYA", amount: "1280", notes: fields.notes });
    expect(await db.slip.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.slipPhoto.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.photoDraft.count({ where: { userId: user.id } })).toBe(1);
  });

  it("saves the kept draft with the corrected slip, without choosing the photo again", async () => {
    const user = await signIn();
    const photo = await jpegUpload();
    const refused = await createSlipAction(null, form({ locale: "en", ...slipFields({ notes: "CVV 123" }) }, [{ name: "a.jpg", bytes: photo.bytes }]));
    const draftId = refused?.draftPhotos?.[0]?.id ?? "";
    const draft = await db.photoDraft.findUniqueOrThrow({ where: { id: draftId } });
    // A second refusal carries the same draft forward.
    const again = await createSlipAction(null, form({ locale: "en", ...slipFields({ notes: "CVV 123" }), draftPhoto: draftId }));
    expect(again?.draftPhotos?.map((d) => d.id)).toEqual([draftId]);
    const id = await newSlipId({ ...slipFields({ notes: "paid cash" }), draftPhoto: draftId });
    const saved = await db.slipPhoto.findMany({ where: { slipId: id, userId: user.id }, select: { storageKey: true } });
    expect(saved).toEqual([{ storageKey: draft.storageKey }]);
    expect(await db.photoDraft.count({ where: { id: draftId } })).toBe(0);
    expect(existsSync(fileOf(draft.storageKey))).toBe(true);
  });

  it("ignores another user's draft id, and an expired draft, which the sweep removes with its files", async () => {
    const owner = await signIn();
    const { keepAsDrafts, sweepExpiredPhotoDrafts } = await import("@/server/photos/photo-drafts");
    const [ownerDraft] = await keepAsDrafts(owner.id, [await jpegUpload()], 0);
    const stranger = await signIn();
    const id = await newSlipId({ ...slipFields(), draftPhoto: ownerDraft!.id });
    expect(await db.slipPhoto.count({ where: { slipId: id, userId: stranger.id } })).toBe(0);
    expect(await db.photoDraft.count({ where: { id: ownerDraft!.id, userId: owner.id } })).toBe(1);

    const old = await db.photoDraft.update({ where: { id: ownerDraft!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    signedIn.user = owner;
    const withExpired = await newSlipId({ ...slipFields(), draftPhoto: old.id });
    expect(await db.slipPhoto.count({ where: { slipId: withExpired } })).toBe(0);
    expect(await sweepExpiredPhotoDrafts()).toBeGreaterThanOrEqual(1);
    expect(await db.photoDraft.count({ where: { id: old.id } })).toBe(0);
    expect(existsSync(fileOf(old.storageKey))).toBe(false);
  });

  it("keeps no draft when the form keeps its photos itself (JavaScript)", async () => {
    const user = await signIn();
    const photo = await jpegUpload();
    const state = await createSlipAction(null, form({ locale: "en", ...slipFields({ notes: "CVV 123" }), keepsPhotos: "1" }, [{ name: "a.jpg", bytes: photo.bytes }]));
    expect(state?.ok).toBe(false);
    expect(state?.draftPhotos).toBeUndefined();
    expect(await db.photoDraft.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a photo whose file name is a card number, before storing anything", async () => {
    const user = await signIn();
    const photo = await jpegUpload();
    const state = await createSlipAction(null, form({ locale: "en", ...slipFields() }, [{ name: "5500-0000-0000-0004.jpg", bytes: photo.bytes }]));
    expect(state?.fieldErrors?.photos?.[0]).toMatch(/file name looks like a full card number/);
    expect(await db.slip.count({ where: { userId: user.id } })).toBe(0);
  });

  it("takes an empty file input for 'no photo', but refuses an empty file the traveller chose", async () => {
    const user = await signIn();
    const data = form({ locale: "en", ...slipFields() });
    // What browsers, React's action encoding and fetch make of a file input left empty.
    for (const name of ["", "blob", "undefined"]) data.append("photos", new File([], name, { type: "application/octet-stream" }));
    const id = await createSlipAction(null, data).catch((e: unknown) => redirectTarget(e));
    expect(id).toMatch(/^\/en\/slips\//);
    expect(await db.slipPhoto.count({ where: { userId: user.id } })).toBe(0);
    const chosen = await createSlipAction(null, form({ locale: "en", ...slipFields() }, [{ name: "slip.jpg", bytes: new Uint8Array(0) }]));
    expect(chosen?.fieldErrors?.photos?.[0]).toBe("One of the files is empty (0 bytes). Choose the photo again.");
  });

  it("refuses a sixth photo", async () => {
    const user = await signIn();
    const photo = await jpegUpload();
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.jpg`, bytes: photo.bytes }));
    const state = await createSlipAction(null, form({ locale: "en", ...slipFields() }, six));
    expect(state?.fieldErrors?.photos?.[0]).toMatch(/at most 5 photos/);
    expect(await db.slip.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses an HTML file named .jpg with a translated message", async () => {
    await signIn();
    const state = await createSlipAction(null, form({ locale: "zh-CN", ...slipFields() }, [{ name: "x.jpg", bytes: new TextEncoder().encode("<html><body>x</body></html>") }]));
    expect(state?.fieldErrors?.photos?.[0]).toBe("有一个文件不是可保存的照片，请使用 JPEG、PNG 或 WebP 图片。");
  });

  it("edits a slip, removing a photo and its files", async () => {
    const user = await signIn();
    const seeded = await seedSlipWithPhoto(user.id);
    const data = form({ locale: "en", slipId: seeded.slipId, ...slipFields({ amount: "1500" }) });
    data.append("removePhoto", seeded.photoId);
    const error = await updateSlipAction(null, data).catch((e: unknown) => e);
    expect(redirectTarget(error)).toBe(`/en/slips/${seeded.slipId}?saved=1`);
    const slip = await getSlipForUser(user.id, seeded.slipId);
    expect(slip?.amountMinor).toBe(1500);
    expect(slip?.photos).toEqual([]);
    expect(existsSync(fileOf(seeded.storageKey))).toBe(false);
    expect(existsSync(fileOf(seeded.thumbKey))).toBe(false);
  });
});

describe("the JSON API", () => {
  it("creates from JSON, patches one field, and shows amounts as minor units and decimal text", async () => {
    await signIn();
    const { POST } = await import("@/app/api/slips/route");
    const { PATCH } = await import("@/app/api/slips/[id]/route");
    const created = await POST(new Request("http://localhost/api/slips", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(slipFields({ country: "KW", timeZone: "Asia/Kuwait", currency: "KWD", amount: "3.250" })) }));
    expect(created.status).toBe(201);
    const { slip } = (await created.json()) as { slip: { id: string; amountMinor: number; amount: string } };
    expect(slip).toMatchObject({ amountMinor: 3250, amount: "3.250" });
    expect(created.headers.get("cache-control")).toBe("private, no-store");
    const patched = await PATCH(new Request(`http://localhost/api/slips/${slip.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ city: "Kuwait City" }) }), { params: Promise.resolve({ id: slip.id }) });
    expect(await patched.json()).toMatchObject({ slip: { city: "Kuwait City", amountMinor: 3250, merchantName: "LAWSON SHIBUYA" } });
  });

  it("answers every slip endpoint with exactly the shape its schema (and so the OpenAPI document) gives", async () => {
    const user = await signIn();
    const { errorJson } = await import("@/server/http/openapi-common");
    const { slipJson, slipListItemJson } = await import("@/server/slips/slip-json");
    const list = await import("@/app/api/slips/route");
    const one = await import("@/app/api/slips/[id]/route");
    const created = await list.POST(new Request("http://localhost/api/slips", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(slipFields({ notes: "two lines\nof notes" })) }));
    const { slip } = z.strictObject({ slip: slipJson }).parse(await created.json());
    const seeded = await seedSlipWithPhoto(user.id);
    const context = (id: string) => ({ params: Promise.resolve({ id }) });
    const listed = z.strictObject({ slips: z.array(slipListItemJson), nextCursor: z.string().nullable() }).parse(await (await list.GET(new Request("http://localhost/api/slips"))).json());
    expect(listed.slips.map((item) => item.id).sort()).toEqual([slip.id, seeded.slipId].sort());
    // GET one carries the tracking and the photo URLs.
    const shown = z.strictObject({ slip: slipJson }).parse(await (await one.GET(new Request(`http://localhost/api/slips/${seeded.slipId}`), context(seeded.slipId))).json());
    expect(shown.slip.photos).toHaveLength(1);
    expect(shown.slip.tracking).toBeDefined();
    const patched = await one.PATCH(new Request(`http://localhost/api/slips/${slip.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ city: "Osaka" }) }), context(slip.id));
    expect(z.strictObject({ slip: slipJson }).parse(await patched.json()).slip.city).toBe("Osaka");
    const refused = await list.POST(new Request("http://localhost/api/slips", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(slipFields({ cardLast4: "12" })) }));
    expect(errorJson.parse(await refused.json()).error.code).toBe("invalidInput");
    const missing = await one.GET(new Request("http://localhost/api/slips/nope"), context("nope"));
    expect(errorJson.parse(await missing.json()).error.code).toBe("notFound");
  });

  it("answers field errors as translated JSON (Accept-Language)", async () => {
    await signIn();
    const { POST } = await import("@/app/api/slips/route");
    const response = await POST(new Request("http://localhost/api/slips", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" },
      body: JSON.stringify(slipFields({ cardLast4: "123" })),
    }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "invalidInput", message: "请检查标出的字段。", fieldErrors: { cardLast4: ["请填写卡号的后 4 位数字。"] } } });
  });

  it("serves a photo with nosniff, a fixed inline name and no caching", async () => {
    const user = await signIn();
    const seeded = await seedSlipWithPhoto(user.id);
    const { GET } = await import("@/app/api/slips/[id]/photos/[photoId]/route");
    const response = await GET(new Request(`http://localhost/api/slips/${seeded.slipId}/photos/${seeded.photoId}`), { params: Promise.resolve({ id: seeded.slipId, photoId: seeded.photoId }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe('inline; filename="slip-photo.jpg"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it("adds photos by multipart and refuses a zero-byte file", async () => {
    const user = await signIn();
    const seeded = await seedSlipWithPhoto(user.id);
    const { POST } = await import("@/app/api/slips/[id]/photos/route");
    const upload = async (bytes: Uint8Array) => {
      const body = new FormData();
      body.append("photos", new File([Buffer.from(bytes)], "p.jpg", { type: "image/jpeg" }));
      return POST(new Request(`http://localhost/api/slips/${seeded.slipId}/photos`, { method: "POST", body }), { params: Promise.resolve({ id: seeded.slipId }) });
    };
    expect((await upload(new Uint8Array(await plainJpeg()))).status).toBe(201);
    const empty = await upload(new Uint8Array(0));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { fieldErrors: { photos: ["One of the files is empty (0 bytes). Choose the photo again."] } } });
    expect((await getSlipForUser(user.id, seeded.slipId))?.photos).toHaveLength(2);
  });
});

describe("export and account deletion", () => {
  it("exports the slips as JSON and spreadsheet-safe CSV, with the photos", async () => {
    const user = await signIn();
    const seeded = await seedSlipWithPhoto(user.id, { notes: "=HYPERLINK(\"http://evil.example\")" });
    const files = unzipSync((await buildDataExport(user.id)).zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        "account.json", "photos/" + seeded.slipId + "/photo-1.jpg", "saved-diagnoses.json", "slips.csv", "slips.json",
        "issuer-records.json", "issuer-records.csv", "payment-status.json", "matches.json", "column-mappings.json", "issuer-feeds.json",
        "share-links.json", "status-changes.json", "disputes.json",
      ].sort(),
    );
    expect(JSON.parse(strFromU8(files["slips.json"]!))).toMatchObject([{ id: seeded.slipId, merchantName: "LAWSON SHIBUYA", amount: "1280", amountMinor: 1280 }]);
    const rows = Papa.parse<Record<string, string>>(strFromU8(files["slips.csv"]!).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({ merchant_name: "LAWSON SHIBUYA", amount: "1280", currency: "JPY", notes: "'=HYPERLINK(\"http://evil.example\")" });
    expect(JSON.parse(strFromU8(files["account.json"]!))).toMatchObject({ email: user.email });
  });

  it("exports the issuer records (formula-safe CSV) and feeds without their secrets", async () => {
    const user = await signIn();
    await seedRecords(user.id, "=cmd|' /C calc'!A0");
    await seedFeed(user.id, "My bank feed");
    const files = unzipSync((await buildDataExport(user.id)).zip);
    const records = JSON.parse(strFromU8(files["issuer-records.json"]!)) as { merchant: string; billedCurrency: string }[];
    expect(records.length).toBeGreaterThan(0);
    expect(records.map((r) => r.merchant)).toContain("=cmd|' /C calc'!A0");
    const rows = Papa.parse<Record<string, string>>(strFromU8(files["issuer-records.csv"]!).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.merchant)).toContain("'=cmd|' /C calc'!A0");
    // Amounts are number cells a spreadsheet sums (a refund's minus sign is not escaped as text).
    for (const row of rows) expect(row.billedAmount).toMatch(/^-?\d+(\.\d+)?$/);
    const feedsText = strFromU8(files["issuer-feeds.json"]!);
    expect(JSON.parse(feedsText)).toMatchObject([{ name: "My bank feed" }]);
    expect(feedsText).not.toMatch(/secret|whsec_/i);
  });

  it("exports the share links' dates and state, never a token", async () => {
    const user = await signIn();
    const seeded = await seedSlipWithPhoto(user.id);
    const { createShareLink } = await import("@/server/sharing/share-links");
    const link = await createShareLink(user.id, seeded.slipId, 7);
    const text = strFromU8(unzipSync((await buildDataExport(user.id)).zip)["share-links.json"]!);
    expect(JSON.parse(text)).toMatchObject([{ id: link.id, slipId: seeded.slipId, expiresAt: link.expiresAt.toISOString(), revokedAt: null }]);
    expect(text).not.toContain(link.token);
    expect(text).not.toContain("tokenHash");
  });

  it("exports the disputes the traveller tracks: steps and their own letter wording", async () => {
    const user = await signIn();
    const seeded = await seedSlipWithPhoto(user.id);
    await db.disputeStep.create({ data: { userId: user.id, slipId: seeded.slipId, kind: "sent", on: "2025-03-20", ground: "duplicateProcessing" } });
    await db.disputeStep.create({ data: { userId: user.id, slipId: seeded.slipId, kind: "partlyCredited", on: "2025-04-02", creditedMinor: 500n, creditedCurrency: "JPY" } });
    await db.disputeLetterEdit.create({ data: { userId: user.id, slipId: seeded.slipId, audience: "issuer", lang: "en", ground: "duplicateProcessing", text: "My own words." } });
    const disputes = JSON.parse(strFromU8(unzipSync((await buildDataExport(user.id)).zip)["disputes.json"]!)) as { steps: unknown[]; letters: unknown[]; reminders: unknown[] };
    expect(disputes.steps).toMatchObject([{ slipId: seeded.slipId, kind: "sent", on: "2025-03-20" }, { kind: "partlyCredited", creditedMinor: 500, credited: "500", creditedCurrency: "JPY" }]);
    expect(disputes.letters).toMatchObject([{ audience: "issuer", lang: "en", text: "My own words." }]);
    expect(disputes.reminders).toEqual([]);
  });

  it("deletes the account with its slips, photo files and sign-in counters", async () => {
    const user = await signIn();
    const seeded = await seedSlipWithPhoto(user.id);
    await db.rateLimit.create({ data: { key: emailLimitKey("signin", user.email), windowStart: new Date(), count: 1 } });
    const wrong = await deleteAccountAction(null, form({ locale: "en", confirmEmail: "someone@else.test" }));
    expect(wrong?.fieldErrors?.confirmEmail).toEqual(["That is not this account's email address. Nothing was deleted."]);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    const error = await deleteAccountAction(null, form({ locale: "en", confirmEmail: ` ${user.email.toUpperCase()} ` })).catch((e: unknown) => e);
    expect(redirectTarget(error)).toBe("/en/account/deleted");
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.slip.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.slipPhoto.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: emailLimitKey("signin", user.email) } })).toBe(0);
    expect(existsSync(fileOf(seeded.storageKey))).toBe(false);
    expect(existsSync(fileOf(seeded.thumbKey))).toBe(false);
  });
});
