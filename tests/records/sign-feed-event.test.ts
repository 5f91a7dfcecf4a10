/** scripts/sign-feed-event.mjs makes requests the feed endpoint accepts (the docs' sample is real). */
import "../helpers/test-environment";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);

import { db } from "@/server/db";
import { POST } from "@/app/api/issuer/events/[feedId]/route";
import { createTestUser } from "../helpers/slip-fixtures";
import { seedFeed } from "../helpers/record-fixtures";

const script = path.resolve(import.meta.dirname, "..", "..", "scripts", "sign-feed-event.mjs");

describe("scripts/sign-feed-event.mjs", () => {
  it("signs a sample authorisation that the feed stores", async () => {
    const user = await createTestUser();
    const feed = await seedFeed(user.id);
    const url = `http://localhost/api/issuer/events/${feed.id}`;
    const printed = execFileSync(process.execPath, [script, url, feed.secret, "--json"], { encoding: "utf8" });
    const { headers, body } = JSON.parse(printed) as { headers: Record<string, string>; body: string };
    const response = await POST(new Request(url, { method: "POST", headers, body }), { params: Promise.resolve({ feedId: feed.id }) });
    expect(response.status).toBe(200);
    expect(await db.issuerRecord.findFirst({ where: { userId: user.id }, select: { source: true, kind: true, billedCurrency: true, cardLast4: true } })).toEqual({
      source: "feed", kind: "authorisation", billedCurrency: "CNY", cardLast4: "1234",
    });
  });

  it("prints a curl command carrying the three Standard Webhooks headers", () => {
    const printed = execFileSync(process.execPath, [script, "http://x/api/issuer/events/f", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"], { encoding: "utf8" });
    expect(printed).toMatch(/^curl -sS -X POST 'http:\/\/x\/api\/issuer\/events\/f'/);
    for (const header of ["webhook-id: evt_", "webhook-timestamp: ", "webhook-signature: v1,"]) expect(printed).toContain(header);
  });
});
