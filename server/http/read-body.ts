/**
 * Request bodies read with a ceiling: the bytes are counted as they arrive and reading stops at
 * the limit, so a huge (or endless, chunked) upload never sits whole in memory. `formData()`
 * and `text()` on a Request would buffer everything first.
 */
import "server-only";
import { AppError } from "@/server/errors";

export class BodyTooLarge extends Error {}

export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A multipart body of at most `maxBytes`, parsed; the caller's key explains a refusal. */
export async function readMultipartLimited(request: Request, maxBytes: number, tooLargeField: Record<string, string[]>): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) throw new AppError("invalidInput", { _form: ["errors.unsupportedContentType"] });
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new AppError("payloadTooLarge", tooLargeField);
    throw error;
  }
  try {
    return await new Response(Buffer.from(bytes), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("invalidInput", { _form: ["errors.unsupportedContentType"] });
  }
}

/** A JSON object body of at most `maxBytes`, read while it arrives (never buffered whole). */
export async function readJsonLimited(request: Request, maxBytes: number): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new AppError("payloadTooLarge", { _form: ["errors.payloadTooLarge"] });
    throw error;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("invalidInput", { _form: ["errors.invalidJson"] });
  }
}
