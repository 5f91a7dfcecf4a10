/** Statement files, imports, feeds and signed feed deliveries for server-layer tests, made through the real write path. */
import { Webhook } from "standardwebhooks";
import { createImportPreview } from "@/server/imports/import-preview";
import { commitImport } from "@/server/imports/import-commit";
import { createFeed } from "@/server/feed/feed-writes";
import { readFixtureBytes } from "@/domain/statements/fixtures/read-fixture";

const encoder = new TextEncoder();

/** A Chase credit-card export (a known layout) with one purchase per merchant. */
export function chaseCsv(merchants: string[], amount = "-12.50"): Uint8Array {
  const rows = merchants.map((merchant, i) => `11/${String(3 + (i % 20)).padStart(2, "0")}/2026,11/${String(4 + (i % 20)).padStart(2, "0")}/2026,${merchant},Shopping,Sale,${amount},`);
  return encoder.encode(["Transaction Date,Post Date,Description,Category,Type,Amount,Memo", ...rows].join("\n") + "\n");
}

export function fixtureBytes(name: string): Uint8Array {
  return readFixtureBytes(`statements/fixtures/${name}`);
}

export async function seedImport(userId: string, merchant: string): Promise<string> {
  return (await createImportPreview(userId, { fileName: "chase.csv", bytes: chaseCsv([merchant]) })).id;
}

export async function seedUnknownImport(userId: string): Promise<string> {
  return (await createImportPreview(userId, { fileName: "banco.csv", bytes: fixtureBytes("unknown-bank.csv") })).id;
}

export async function seedRecords(userId: string, merchant: string): Promise<string> {
  const id = await seedImport(userId, merchant);
  await commitImport(userId, id);
  return id;
}

export async function seedFeed(userId: string, name = "Test bank") {
  return createFeed(userId, name);
}

/** A Standard Webhooks delivery signed with `secret` (timestamp `at`, default now). */
export function signedHeaders(secret: string, eventId: string, body: string, at = new Date()): Headers {
  const signature = new Webhook(secret).sign(eventId, at, body);
  return new Headers({
    "content-type": "application/json",
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signature,
  });
}

export function feedEventBody(type: string, merchant: string, data: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type,
    timestamp: new Date().toISOString(),
    data: {
      transaction_id: "txn_8f2c1", card_last4: "1234", amount_minor: 125000, currency: "THB",
      merchant: { name: merchant, city: "Bangkok", country: "TH" }, occurred_at: "2026-11-03T14:25:00+07:00", ...data,
    },
  });
}

export function feedRequest(feedId: string, headers: Headers, body: string): Request {
  return new Request(`http://localhost/api/issuer/events/${feedId}`, { method: "POST", headers, body });
}
