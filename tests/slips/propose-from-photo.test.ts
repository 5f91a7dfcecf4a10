/** "Read the slip" without JavaScript, below the browser: typed values stay, empty ones are filled and marked. */
import "../helpers/test-environment";
import { db } from "@/server/db";
import { describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);

import { proposeFromPhoto } from "@/server/slip-reading/propose-from-photo";
import type { SlipPhotoReading } from "@/server/slip-reading/read-slip-photo";
import { createTestUser, jpegUpload } from "../helpers/slip-fixtures";

const field = (value: string, confidence = 0.9) => ({ value, confidence, reason: "test" });
const reading: SlipPhotoReading = {
  fields: { merchantName: field("PRET A MANGER"), amount: field("154.83", 0.87), cardLast4: field("5704"), city: field("LONDON") },
  brand: null, outcome: null, warnings: [], timings: { prepareMs: 0, ocrMs: 0 },
};

async function postedForm(fields: Record<string, string>) {
  const photo = await jpegUpload();
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("photos", new File([Buffer.from(photo.bytes)], "slip.jpg", { type: "image/jpeg" }));
  return form;
}

describe("proposeFromPhoto", () => {
  it("fills only the empty fields, marks them with their confidence, keeps what was typed and keeps the photo as a draft", async () => {
    const user = await createTestUser("reader");
    const typed = { merchantName: "", cardLast4: "2704", city: "  ", notes: "paid cash" };
    const state = await proposeFromPhoto(user.id, "en", await postedForm(typed), typed, async () => reading);
    expect(state?.values).toEqual({ merchantName: "PRET A MANGER", amount: "154.83", cardLast4: "2704", city: "LONDON", notes: "paid cash" });
    expect(state?.proposed).toEqual({ merchantName: 0.9, amount: 0.87, city: 0.9 });
    expect(state?.message).toBe("Empty fields filled from the photo: 3. Check each highlighted field before saving.");
    expect(state?.fieldErrors?.photos).toBeUndefined();
    expect(state?.draftPhotos).toHaveLength(1);
    expect(await db.photoDraft.count({ where: { userId: user.id } })).toBe(1);
  });

  it("asks for a photo when none was chosen", async () => {
    const user = await createTestUser("reader");
    await expect(proposeFromPhoto(user.id, "en", new FormData(), {}, async () => reading)).rejects.toMatchObject({ code: "invalidInput", fieldErrors: { photos: ["slipReading.errors.noPhoto"] } });
  });
});
