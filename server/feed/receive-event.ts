/**
 * POST /api/issuer/events/{feedId}: one signed event from an issuer (docs/issuer-feed.md).
 * Order: the sender's address is within its limit → the feed exists (else 404) → its owner's
 * limit (both 429 with Retry-After, server/http/usage-limits) → the Standard Webhooks signature over id, timestamp and the
 * RAW body verifies with the current secret, or with the previous one during its 24 hours, and
 * the timestamp is within ±5 minutes (the standardwebhooks package; else 401) → a webhook-id
 * already received answers as before with no second effect → the payload is valid and holds no
 * card number (else 400) → one transaction inserts the FeedEvent (unique [feedId, eventId]: a
 * concurrent repeat fails here and is answered as a repeat) and the record (storeRecords: an
 * identical record already stored is reused). Only then does the handler answer 2xx.
 */
import "server-only";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { readFeedEvent } from "@/domain/issuer-feed";
import { db } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { limitAddress, limitUser } from "@/server/http/usage-limits";
import { storeRecords } from "@/server/records/store-records";
import { noteTrackingChange, scheduleTracking } from "@/server/tracking/tracking-queue";
import { decryptFeedSecret } from "./feed-secret";

/** Events are small; anything bigger is not an event. */
export const MAX_EVENT_BYTES = 64 * 1024;

/** `address`: the sender's, for the per-address limit (absent when called from inside the server). */
export type FeedDelivery = { feedId: string; headers: Headers; body: string; address?: string };
export type FeedReceipt = { eventId: string; recordId: string | null; duplicate: boolean };

type FeedSecrets = { secretCiphertext: string; previousSecretCiphertext: string | null; previousSecretExpiresAt: Date | null };

function activeSecrets(feed: FeedSecrets, now: Date): string[] {
  const stored = [feed.secretCiphertext];
  if (feed.previousSecretCiphertext && feed.previousSecretExpiresAt && feed.previousSecretExpiresAt > now) stored.push(feed.previousSecretCiphertext);
  return stored.map(decryptFeedSecret).filter((secret): secret is string => secret !== null);
}

/** True when any active secret verifies the delivery (the header may carry several signatures). */
function isSigned(secrets: string[], delivery: FeedDelivery): boolean {
  const headers = {
    "webhook-id": delivery.headers.get("webhook-id") ?? "",
    "webhook-timestamp": delivery.headers.get("webhook-timestamp") ?? "",
    "webhook-signature": delivery.headers.get("webhook-signature") ?? "",
  };
  return secrets.some((secret) => {
    try {
      new Webhook(secret).verify(delivery.body, headers, { jsonParse: false });
      return true;
    } catch (error) {
      if (error instanceof WebhookVerificationError) return false;
      throw error;
    }
  });
}


async function findReceipt(feedId: string, eventId: string): Promise<FeedReceipt | null> {
  const seen = await db.feedEvent.findUnique({ where: { feedId_eventId: { feedId, eventId } }, select: { recordId: true } });
  return seen ? { eventId, recordId: seen.recordId, duplicate: true } : null;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new AppError("invalidInput", { _form: ["errors.invalidJson"] });
  }
}

export async function receiveFeedEvent(delivery: FeedDelivery, now = new Date()): Promise<FeedReceipt> {
  // Counted before the feed is looked up, so probing for feed ids is limited too.
  if (delivery.address !== undefined) await limitAddress("feed", delivery.address, now);
  const feed = delivery.feedId.length <= 64
    ? await db.issuerFeed.findUnique({ where: { id: delivery.feedId }, select: { id: true, userId: true, secretCiphertext: true, previousSecretCiphertext: true, previousSecretExpiresAt: true } })
    : null;
  if (!feed) throw new AppError("notFound");
  await limitUser("feed", feed.userId, now);
  if (!isSigned(activeSecrets(feed, now), delivery)) throw new AppError("signatureInvalid");
  const eventId = delivery.headers.get("webhook-id") ?? "";
  if (eventId.length === 0 || eventId.length > 255) throw new AppError("invalidInput", { "webhook-id": ["feeds.errors.eventId"] });
  const repeat = await findReceipt(feed.id, eventId);
  if (repeat) return repeat;
  const read = readFeedEvent(parseJson(delivery.body));
  if (!read.ok) throw new AppError("invalidInput", read.fieldErrors);
  try {
    const received = await db.$transaction(async (tx) => {
      const event = await tx.feedEvent.create({ data: { feedId: feed.id, eventId, type: read.event.type, receivedAt: now }, select: { id: true } });
      await storeRecords(tx, feed.userId, [read.record]);
      await noteTrackingChange(tx, feed.userId, [read.record.transactionDate]);
      const record = await tx.issuerRecord.findUnique({ where: { userId_fingerprint: { userId: feed.userId, fingerprint: read.record.fingerprint } }, select: { id: true } });
      await tx.feedEvent.update({ where: { id: event.id }, data: { recordId: record?.id ?? null } });
      await tx.issuerFeed.update({ where: { id: feed.id }, data: { lastEventAt: now } });
      return { eventId, recordId: record?.id ?? null, duplicate: false };
    }, { timeout: 20_000, maxWait: 20_000 });
    await scheduleTracking(feed.userId);
    return received;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const receipt = await findReceipt(feed.id, eventId);
    if (!receipt) throw error;
    return receipt;
  }
}
