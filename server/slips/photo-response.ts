/**
 * A stored slip photo as an HTTP answer, served so that a browser can only ever show it as an
 * image of ours: fixed content type, nosniff, a fixed inline file name (never the uploaded
 * one), no caching outside the viewer's browser session, and a sandboxing CSP in case the
 * response is opened as a document. The owner's photo route and a share link's use it alike.
 */
import "server-only";
import type { PhotoBytes } from "./slip-queries";

export function photoResponse(photo: PhotoBytes, extraHeaders: Record<string, string> = {}): Response {
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      "Content-Type": photo.contentType,
      "Content-Length": String(photo.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": `inline; filename="slip-photo.jpg"`,
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      ...extraHeaders,
    },
  });
}
