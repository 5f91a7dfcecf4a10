/**
 * Image fixtures for the photo tests, made on the spot with sharp (no binary files in the
 * repository): a phone-like JPEG with GPS EXIF and a rotation flag, and files that must be
 * refused. Test support only.
 */
import sharp from "sharp";
import { crc32 } from "node:zlib";

/** Tokyo, Shibuya crossing: a position that must never leave the server. */
const GPS_EXIF = {
  IFD0: { Make: "SlipTrackTestCam", Model: "Phone 1" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 39/1 2910/100", GPSLongitudeRef: "E", GPSLongitude: "139/1 42/1 1000/100" },
};

/** A 400×300 JPEG (landscape pixels) carrying GPS EXIF and orientation 6 ("rotate 90° to view"). */
export function jpegWithGpsExif(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 300, channels: 3, background: "#d0e8f0" } })
    .composite([{ input: Buffer.from('<svg width="400" height="300"><rect x="20" y="20" width="120" height="40" fill="#222"/></svg>'), top: 0, left: 0 }])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge(GPS_EXIF)
    .toBuffer();
}

export function plainJpeg(width = 320, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#f5f0e6" } }).jpeg().toBuffer();
}

export function transparentPng(): Promise<Buffer> {
  return sharp({ create: { width: 200, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
}

export function webp(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: "#334455" } }).webp().toBuffer();
}

export function gif(): Promise<Buffer> {
  return sharp({ create: { width: 20, height: 20, channels: 3, background: "#ff0000" } }).gif().toBuffer();
}

/** The first bytes of an iPhone HEIC photo: enough for a content check to recognise it. */
export function heicHeader(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.from([0, 0, 0, 0]), Buffer.from("mif1heic")]);
  return Buffer.concat([ftyp, Buffer.alloc(64)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A tiny PNG whose header claims width × height pixels (a "decompression bomb" shape). */
export function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
