/**
 * The issuer feed end to end below the network: real Standard Webhooks signatures (the
 * standardwebhooks package signs, our route verifies) against the route handler on a throwaway
 * database. Forged, stale, replayed and re-serialised deliveries are refused or have no second
 * effect; the previous secret works for 24 hours after a rotation; 200 only once stored.
 */
import "../helpers/test-environment";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("@/auth", async () => (await import("../helpers/next-stand-ins")).authStandIn);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { Webhook } from "standardwebhooks";
import { db } from "@/server/db";
import { POST } from "@/app/api/issuer/events/[feedId]/route";
import { rotateFeedSecret } from "@/server/feed/feed-writes";
import { decryptFeedSecret } from "@/server/feed/feed-secret";
import { createTestUser } from "../helpers/slip-fixtures";
import { feedEventBody, feedRequest, seedFeed, signedHeaders } from "../helpers/record-fixtures";

afterEach(() => {
  vi.useRealTimers();
});

async function setUp() {
  const user = await createTestUser();
  const feed = await seedFeed(user.id);
  return { user, feed };
}

const send = (feedId: string, headers: Headers, body: string) => POST(feedRequest(feedId, headers, body), { params: Promise.resolve({ feedId }) });
const recordsOf = (userId: string) => db.issuerRecord.count({ where: { userId } });

describe("POST /api/issuer/events/{feedId}", () => {
  it("stores a signed authorisation as a pending feed record before answering 200", async () => {
    const { user, feed } = await setUp();
    const body = feedEventBody("authorisation", "SEVEN-ELEVEN BANGKOK");
    const response = await send(feed.id, signedHeaders(feed.secret, "evt_1", body), body);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { recordId: string; duplicate: boolean };
    expect(answer.duplicate).toBe(false);
    const record = await db.issuerRecord.findUniqueOrThrow({ where: { id: answer.recordId } });
    expect(record).toMatchObject({ userId: user.id, source: "feed", kind: "authorisation", state: "pending", billedAmountMinor: 125000n, billedCurrency: "THB", transactionDate: "2026-11-03", transactionTime: "14:25", issuerTransactionId: "txn_8f2c1" });
    expect(await db.feedEvent.findUnique({ where: { feedId_eventId: { feedId: feed.id, eventId: "evt_1" } }, select: { recordId: true, type: true } })).toEqual({ recordId: answer.recordId, type: "authorisation" });
  });

  it("refuses a forged signature, a wrong secret and missing headers with 401, storing nothing", async () => {
    const { user, feed } = await setUp();
    const body = feedEventBody("authorisation", "SHOP");
    const forged = signedHeaders(feed.secret, "evt_1", body);
    forged.set("webhook-signature", "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    expect((await send(feed.id, forged, body)).status).toBe(401);
    expect((await send(feed.id, signedHeaders(`whsec_${Buffer.from("another secret of 32 bytes......").toString("base64")}`, "evt_1", body), body)).status).toBe(401);
    const bare = new Headers({ "content-type": "application/json" });
    expect((await send(feed.id, bare, body)).status).toBe(401);
    expect(await recordsOf(user.id)).toBe(0);
    expect(await db.feedEvent.count({ where: { feedId: feed.id } })).toBe(0);
  });

  it("refuses timestamps more than 5 minutes old or ahead", async () => {
    const { user, feed } = await setUp();
    const body = feedEventBody("authorisation", "SHOP");
    const stale = await send(feed.id, signedHeaders(feed.secret, "evt_old", body, new Date(Date.now() - 6 * 60 * 1000)), body);
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ error: { code: "signatureInvalid" } });
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_new", body, new Date(Date.now() + 6 * 60 * 1000)), body)).status).toBe(401);
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_ok", body, new Date(Date.now() - 4 * 60 * 1000)), body)).status).toBe(200);
    expect(await recordsOf(user.id)).toBe(1);
  });

  it("refuses a body re-serialised after signing (the signature covers the raw bytes)", async () => {
    const { user, feed } = await setUp();
    const body = feedEventBody("authorisation", "SHOP");
    const headers = signedHeaders(feed.secret, "evt_1", body);
    const reserialised = JSON.stringify(JSON.parse(body), null, 2);
    expect((await send(feed.id, headers, reserialised)).status).toBe(401);
    const tampered = body.replace("125000", "125001");
    expect((await send(feed.id, headers, tampered)).status).toBe(401);
    expect(await recordsOf(user.id)).toBe(0);
  });

  it("gives a replayed webhook-id no second effect, also when two deliveries race", async () => {
    const { user, feed } = await setUp();
    const body = feedEventBody("clearing", "SHOP", { posted_on: "2026-11-05" });
    const headers = signedHeaders(feed.secret, "evt_same", body);
    const [a, b] = await Promise.all([send(feed.id, headers, body), send(feed.id, headers, body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const replay = await send(feed.id, headers, body);
    expect(await replay.json()).toMatchObject({ received: true, duplicate: true });
    expect(await recordsOf(user.id)).toBe(1);
    expect(await db.feedEvent.count({ where: { feedId: feed.id } })).toBe(1);
  });

  it("links a clearing to its authorisation, and reuses an identical record sent under a new id", async () => {
    const { user, feed } = await setUp();
    const hold = feedEventBody("authorisation", "SEVEN-ELEVEN BANGKOK");
    const clearing = feedEventBody("clearing", "SEVEN-ELEVEN BANGKOK", { posted_on: "2026-11-05" });
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_a", hold), hold)).status).toBe(200);
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_b", clearing), clearing)).status).toBe(200);
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_c", clearing), clearing)).status).toBe(200);
    expect(await recordsOf(user.id)).toBe(2);
    const posted = await db.issuerRecord.findFirstOrThrow({ where: { userId: user.id, state: "posted" }, select: { linkedPendingId: true } });
    expect(posted.linkedPendingId).not.toBeNull();
  });

  it("accepts several signatures at once, and the previous secret only for 24 hours after a rotation", async () => {
    const { user, feed } = await setUp();
    const rotatedAt = new Date();
    const { secret: fresh } = await rotateFeedSecret(user.id, feed.id, rotatedAt);
    const body = feedEventBody("authorisation", "SHOP");
    // Old secret alone: still accepted within 24 h.
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_old_secret", body), body)).status).toBe(200);
    // The issuer switching over signs with both: the new one verifies.
    const both = signedHeaders(feed.secret, "evt_both", body);
    both.set("webhook-signature", `${new Webhook("whsec_" + Buffer.from("x".repeat(32)).toString("base64")).sign("evt_both", new Date(), body)} ${new Webhook(fresh).sign("evt_both", new Date(Number(both.get("webhook-timestamp")) * 1000), body)}`);
    expect((await send(feed.id, both, body)).status).toBe(200);
    // A day later the old secret is refused (the clock moved; the signature timestamp with it).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(rotatedAt.getTime() + 24 * 60 * 60 * 1000 + 60_000));
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_late", body), body)).status).toBe(401);
    expect((await send(feed.id, signedHeaders(fresh, "evt_late2", body), body)).status).toBe(200);
  });

  it("refuses a payload with a full card number anywhere, or an invalid one, with 400", async () => {
    const { user, feed } = await setUp();
    const withPan = feedEventBody("authorisation", "SHOP", { note: "card 4111 1111 1111 1111" });
    const refused = await send(feed.id, signedHeaders(feed.secret, "evt_pan", withPan), withPan);
    expect(refused.status).toBe(400);
    const answer = await refused.text();
    expect(answer).not.toContain("4111");
    expect(JSON.parse(answer)).toMatchObject({ error: { code: "invalidInput", fieldErrors: { "data.note": ["A full card number is never accepted: send only the last 4 digits."] } } });
    const invalid = feedEventBody("chargeback", "SHOP");
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_bad", invalid), invalid)).status).toBe(400);
    expect((await send(feed.id, signedHeaders(feed.secret, "evt_json", "{not json"), "{not json")).status).toBe(400);
    expect(await recordsOf(user.id)).toBe(0);
    // A refused event was not recorded as received: the issuer may correct it and send it again.
    expect(await db.feedEvent.count({ where: { feedId: feed.id } })).toBe(0);
  });

  it("answers 404 for an unknown feed and keeps the secret encrypted at rest", async () => {
    const { feed } = await setUp();
    const body = feedEventBody("authorisation", "SHOP");
    expect((await send("nope", signedHeaders(feed.secret, "evt_1", body), body)).status).toBe(404);
    const stored = await db.issuerFeed.findUniqueOrThrow({ where: { id: feed.id }, select: { secretCiphertext: true } });
    expect(stored.secretCiphertext).not.toContain(feed.secret.slice(6, 20));
    expect(decryptFeedSecret(stored.secretCiphertext)).toBe(feed.secret);
    expect(decryptFeedSecret(stored.secretCiphertext.slice(0, -2) + "AA")).toBeNull();
  });
});
