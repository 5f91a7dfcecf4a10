/**
 * GET /api/slips/{id}/dispute-pack as a route handler on a throwaway database: the owner gets a
 * PDF attachment, another user a 404, and the owner's third pack within 15 minutes a translated
 * 429 (RATE_LIMIT_PACKS_PER_USER is 2 here).
 */
import "../helpers/test-environment";
import "../helpers/low-limits";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { GET } from "@/app/api/slips/[id]/dispute-pack/route";
import { db } from "@/server/db";
import { createSlip } from "@/server/slips/slip-writes";
import { recomputeTracking, todayIso } from "@/server/tracking/recompute";
import { signedIn } from "../helpers/next-stand-ins";
import { createTestUser, slipFields } from "../helpers/slip-fixtures";
import { addDoubleCharge } from "../helpers/double-charge";

const daysAgo = (days: number) => todayIso(new Date(Date.now() - days * 86_400_000));

describe("GET /api/slips/{id}/dispute-pack", () => {
  it("sends the owner a PDF attachment, a stranger a 404, and limits repeats", async () => {
    const owner = await createTestUser("pack-owner");
    const stranger = await createTestUser("pack-stranger");
    const { id } = await createSlip(owner.id, { raw: slipFields({ localDateTime: `${daysAgo(6)}T18:05` }), uploads: [], locale: "en" });
    await addDoubleCharge(db, owner.id, { transactionDaysAgo: 5, postedDaysAgo: [4, 3] });
    await recomputeTracking(owner.id, todayIso());
    const get = () => GET(new Request(`http://localhost/api/slips/${id}/dispute-pack?locale=zh-CN`), { params: Promise.resolve({ id }) });

    signedIn.user = stranger;
    expect((await get()).status).toBe(404);

    signedIn.user = owner;
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="dispute-pack.pdf"');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await get()).status).toBe(200);
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toMatch(/^短时间内请求过多，请 \d+ 分钟后再试。$/);
  });
});
