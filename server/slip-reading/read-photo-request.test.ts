import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/server/errors";
import { apiFailure } from "@/server/http/respond";
import { jpegUpload } from "@/tests/helpers/slip-fixtures";
import { OcrBusyError } from "./ocr-pool";
import { readPhotoFromForm, readUpload, toPhotoProposal } from "./read-photo-request";
import type { SlipPhotoReading } from "./read-slip-photo";

vi.mock("next-intl/server", async () => (await import("@/tests/helpers/next-stand-ins")).intlServerStandIn);

const reading = (fields: SlipPhotoReading["fields"]): SlipPhotoReading => ({ fields, brand: null, outcome: null, warnings: [], timings: { prepareMs: 0, ocrMs: 0 } });
const field = (value: string) => ({ value, confidence: 0.9, reason: "test" });
const now = new Date("2026-01-01T00:00:00Z");

describe("toPhotoProposal", () => {
  it("refuses any proposed value holding a full card number, and a last 4 that is not 4 digits", () => {
    const proposal = toPhotoProposal(reading({ merchantName: field("CAFE 4111 1111 1111 1111"), cardLast4: field("42a2"), amount: field("12.50") }));
    expect(proposal.fields).toEqual({ amount: { value: "12.50", confidence: 0.9 } });
    expect(proposal.warnings).toEqual([{ code: "valueRefused", field: "merchantName" }, { code: "valueRefused", field: "cardLast4" }]);
    expect(JSON.stringify(proposal)).not.toContain("4111");
  });

  it("answers values and confidences only, without the reasons' wording", () => {
    expect(toPhotoProposal(reading({ cardLast4: field("4242") })).fields).toEqual({ cardLast4: { value: "4242", confidence: 0.9 } });
  });
});

describe("readPhotoFromForm", () => {
  it("asks for a photo when none was sent, and refuses a file that is not an image by its content", async () => {
    const read = () => Promise.reject(new Error("must not be called"));
    await expect(readPhotoFromForm(new FormData(), { now }, read)).rejects.toMatchObject({ code: "invalidInput", fieldErrors: { photo: ["slipReading.errors.noPhoto"] } });
    const form = new FormData();
    form.set("photo", new File(["not an image"], "slip.jpg", { type: "image/jpeg" }));
    await expect(readPhotoFromForm(form, { now }, read)).rejects.toMatchObject({ code: "invalidInput", fieldErrors: { photo: ["photos.errors.unsupportedType"] } });
  });

  it("passes the country hint on and reads the re-encoded photo", async () => {
    const photo = await jpegUpload();
    const form = new FormData();
    form.set("photo", new File([Buffer.from(photo.bytes)], "slip.jpg", { type: "image/jpeg" }));
    form.set("countryHint", "US");
    const seen: { countryHint?: string; jpeg: boolean }[] = [];
    const proposal = await readPhotoFromForm(form, { now }, async (image, options) => {
      seen.push({ countryHint: options.countryHint, jpeg: image[0] === 0xff && image[1] === 0xd8 });
      return reading({ amount: field("1280") });
    });
    expect(seen).toEqual([{ countryHint: "US", jpeg: true }]);
    expect(proposal.fields.amount?.value).toBe("1280");
  });
});

describe("readUpload when every reader is busy", () => {
  it("answers 503 with Retry-After and a translated message", async () => {
    const photo = await jpegUpload();
    const error = await readUpload(photo, { now }, { read: () => Promise.reject(new OcrBusyError()) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const response = await apiFailure(error, "zh-CN");
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("请过几秒再试");
  });
});
