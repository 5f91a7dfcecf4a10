import { describe, expect, it } from "vitest";
import exifr from "exifr";
import sharp from "sharp";
import { PHOTO_LIMITS, processPhoto, type ProcessPhotoResult } from "./process-photo";
import { gif, heicHeader, jpegWithGpsExif, plainJpeg, pngClaiming, transparentPng, webp } from "@/tests/helpers/test-images";

function upload(bytes: Uint8Array, fileName = "slip.jpg") {
  return { fileName, bytes };
}

function errorOf(result: ProcessPhotoResult) {
  return result.ok ? "accepted" : result.error;
}

describe("processPhoto", () => {
  it("removes GPS and every other EXIF field from a phone JPEG, keeping the picture", async () => {
    const original = await jpegWithGpsExif();
    // The fixture really carries a position (otherwise this test could not fail).
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(35.65, 1), longitude: expect.closeTo(139.7, 1) });
    const result = await processPhoto(upload(original, "IMG_0042.jpg"));
    if (!result.ok) throw new Error(result.error);
    expect(await exifr.parse(result.photo.full)).toBeUndefined();
    expect(await exifr.gps(result.photo.full)).toBeUndefined();
    expect(await exifr.parse(result.photo.thumb)).toBeUndefined();
    const meta = await sharp(result.photo.full).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.format).toBe("jpeg");
  });

  it("applies the EXIF orientation, so a portrait photo stays upright without its flag", async () => {
    const result = await processPhoto(upload(await jpegWithGpsExif()));
    if (!result.ok) throw new Error(result.error);
    // Stored 400×300 with "rotate 90°": shown upright it is 300 wide, 400 high.
    expect([result.photo.width, result.photo.height]).toEqual([300, 400]);
    const meta = await sharp(result.photo.full).metadata();
    expect([meta.width, meta.height]).toEqual([300, 400]);
    expect(meta.orientation).toBeUndefined();
  });

  it("makes a thumbnail no larger than the thumbnail edge", async () => {
    const result = await processPhoto(upload(await plainJpeg(2000, 1500)));
    if (!result.ok) throw new Error(result.error);
    const thumb = await sharp(result.photo.thumb).metadata();
    expect(Math.max(thumb.width, thumb.height)).toBe(PHOTO_LIMITS.thumbEdge);
    expect(result.photo.thumb.byteLength).toBeLessThan(result.photo.full.byteLength);
  });

  it("accepts PNG (transparency on white) and WebP, and stores both as JPEG", async () => {
    for (const bytes of [await transparentPng(), await webp()]) {
      const result = await processPhoto(upload(bytes, "screenshot.png"));
      if (!result.ok) throw new Error(result.error);
      expect((await sharp(result.photo.full).metadata()).format).toBe("jpeg");
      expect(result.photo.contentType).toBe("image/jpeg");
    }
  });

  it("judges by content: an HTML page named .jpg is refused", async () => {
    const html = Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
    expect(errorOf(await processPhoto(upload(html, "receipt.jpg")))).toBe("photos.errors.unsupportedType");
  });

  it("refuses an SVG, even named .png", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(errorOf(await processPhoto(upload(svg, "slip.png")))).toBe("photos.errors.unsupportedType");
  });

  it("refuses a truncated JPEG as damaged", async () => {
    const whole = await plainJpeg(640, 480);
    expect(errorOf(await processPhoto(upload(whole.subarray(0, Math.floor(whole.length / 2)))))).toBe("photos.errors.unreadable");
  });

  it("refuses a zero-byte file", async () => {
    expect(errorOf(await processPhoto(upload(new Uint8Array(0))))).toBe("photos.errors.empty");
  });

  it("refuses an 11 MB file even when it is a valid JPEG", async () => {
    const jpeg = await plainJpeg();
    const padded = Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024 - jpeg.length)]);
    expect(padded.byteLength).toBe(11 * 1024 * 1024);
    expect(errorOf(await processPhoto(upload(padded)))).toBe("photos.errors.tooLarge");
  });

  it("accepts a file of exactly 10 MB", async () => {
    const jpeg = await plainJpeg();
    const padded = Buffer.concat([jpeg, Buffer.alloc(PHOTO_LIMITS.maxBytes - jpeg.length)]);
    expect(errorOf(await processPhoto(upload(padded)))).toBe("accepted");
  });

  it("refuses HEIC with its own message (how to share as JPEG)", async () => {
    expect(errorOf(await processPhoto(upload(heicHeader(), "IMG_0001.HEIC")))).toBe("photos.errors.heic");
  });

  it("refuses formats we do not keep, such as GIF", async () => {
    expect(errorOf(await processPhoto(upload(await gif(), "slip.gif")))).toBe("photos.errors.unsupportedType");
  });

  it("refuses an image claiming more than 40 megapixels before decoding it", async () => {
    expect(errorOf(await processPhoto(upload(pngClaiming(8000, 6000), "big.png")))).toBe("photos.errors.tooManyPixels");
  });

  it("refuses a file whose name holds a full card number, whatever its content", async () => {
    const jpeg = await plainJpeg();
    expect(errorOf(await processPhoto(upload(jpeg, "4111 1111 1111 1111.jpg")))).toBe("photos.errors.fileNameCardNumber");
    expect(errorOf(await processPhoto(upload(jpeg, "IMG_20250314_1805.jpg")))).toBe("accepted");
  });
});
