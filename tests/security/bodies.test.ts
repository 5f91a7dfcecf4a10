/**
 * Issue 14, "unbounded bodies": POST /api/slips and /api/slips/{id}/photos used to buffer the
 * whole body (200 MB → +816 MB RSS). Now every body is counted while it arrives and refused at
 * its ceiling with 413 — also when it declares no Content-Length, or a false one.
 */
import "../helpers/test-environment";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("@/auth", async () => (await import("../helpers/next-stand-ins")).authStandIn);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sliptrack-peer": "198.51.100.31" }) }));

import en from "@/messages/en.json";
import { POST as createSlipRoute } from "@/app/api/slips/route";
import { PATCH as patchSlipRoute } from "@/app/api/slips/[id]/route";
import { db } from "@/server/db";
import { signedIn } from "../helpers/next-stand-ins";
import { createTestUser } from "../helpers/slip-fixtures";

afterEach(() => {
  signedIn.user = null;
});

/** A body of `total` bytes that arrives in 1 MB chunks and never says how long it is. */
function endlessBody(total: number): { stream: ReadableStream<Uint8Array>; sent: () => number } {
  const chunk = new Uint8Array(1024 * 1024).fill(0x61);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, sent: () => sent };
}

function streamingRequest(url: string, method: string, type: string, stream: ReadableStream<Uint8Array>): Request {
  return new Request(`http://localhost${url}`, { method, headers: { "content-type": type, origin: "http://localhost" }, body: stream, duplex: "half" } as RequestInit);
}

describe("request bodies are counted as they arrive", () => {
  it("a 200 MB multipart slip without Content-Length is refused at ~50 MB with 413, translated", async () => {
    signedIn.user = await createTestUser("body");
    const body = endlessBody(200 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const response = await createSlipRoute(streamingRequest("/api/slips", "POST", "multipart/form-data; boundary=x", body.stream));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(en.errors.payloadTooLarge);
    // It stopped reading at the ceiling (5 photos of 10 MB and the fields), not at 200 MB.
    expect(body.sent()).toBeLessThan(60 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(160 * 1024 * 1024);
    expect(await db.slip.count({ where: { userId: signedIn.user.id } })).toBe(0);
  });

  it("a 5 MB JSON body is refused at 256 KB", async () => {
    signedIn.user = await createTestUser("json");
    const body = endlessBody(5 * 1024 * 1024);
    const response = await createSlipRoute(streamingRequest("/api/slips", "POST", "application/json", body.stream));
    expect(response.status).toBe(413);
    expect(body.sent()).toBeLessThanOrEqual(2 * 1024 * 1024);
    const slip = await db.slip.create({
      data: { userId: signedIn.user.id, merchantName: "Body shop", country: "FR", localDateTime: "2026-11-03T10:00", timeZone: "Europe/Paris", amountMinor: 100n, currency: "EUR", cardLast4: "1111", entryMode: "chip" },
      select: { id: true },
    });
    const patch = endlessBody(5 * 1024 * 1024);
    const patched = await patchSlipRoute(streamingRequest(`/api/slips/${slip.id}`, "PATCH", "application/json", patch.stream), { params: Promise.resolve({ id: slip.id }) });
    expect(patched.status).toBe(413);
  });
});
