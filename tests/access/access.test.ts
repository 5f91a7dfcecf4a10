/**
 * Runs every probe of the access registry against the real server layer: route handlers,
 * pages and server actions called as functions, on a throwaway SQLite database with real
 * photo files. Only Next's request context and the Auth.js session are stood in for.
 */
import "../helpers/test-environment";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("@/auth", async () => (await import("../helpers/next-stand-ins")).authStandIn);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The client address for usage limits (server/http/usage-limits) comes from the request headers.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { ACCESS_PROBES } from "./access-registry";
import { buildAccessWorld } from "./access-world";
import { signedIn } from "../helpers/next-stand-ins";

afterEach(() => {
  signedIn.user = null;
});

describe("another user's slips and photos are not found", () => {
  it.each(Object.entries(ACCESS_PROBES))("%s", async (_id, probe) => {
    const world = await buildAccessWorld();
    await probe(world);
    expect(world.counts.denied, "the probe checked no refusal").toBeGreaterThan(0);
    expect(world.counts.allowed, "the probe checked no positive control").toBeGreaterThan(0);
  });

  it("a signed-out caller gets 401 from the API, not data", async () => {
    const world = await buildAccessWorld();
    world.actAs(null);
    const { GET } = await import("@/app/api/slips/[id]/route");
    const response = await GET(new Request(`http://localhost/api/slips/${world.ownerSlip.slipId}?locale=zh-CN`), { params: Promise.resolve({ id: world.ownerSlip.slipId }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: "请先登录再继续。" } });
  });
});
