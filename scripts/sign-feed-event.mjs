/**
 * Prints a ready-to-run curl command that pushes one signed issuer event into a SlipTrack feed
 * (docs/issuer-feed.md): Standard Webhooks headers — webhook-id, webhook-timestamp (now) and
 * webhook-signature over "{id}.{timestamp}.{body}" — made with the standardwebhooks package.
 *   node scripts/sign-feed-event.mjs <feed URL> <whsec_… secret> [event.json]
 * Without an event file, a sample authorisation (card •••• 1234, THB 1,250.00 at SEVEN-ELEVEN
 * BANGKOK, now) is sent. Run the command within 5 minutes: older timestamps are refused.
 * --json prints { url, headers, body } instead (for scripts and tests).
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";

const args = process.argv.slice(2).filter((a) => a !== "--json");
const asJson = process.argv.includes("--json");
const [url, secret, eventFile] = args;
if (!url || !secret) {
  console.error("usage: node scripts/sign-feed-event.mjs <feed URL> <whsec_… secret> [event.json] [--json]");
  process.exit(2);
}

/** Local wall-clock time with its UTC offset, as the feed expects occurred_at (here: the machine's zone). */
function localTimestamp(date) {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const pad = (n) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

const sample = {
  type: "authorisation",
  timestamp: new Date().toISOString(),
  data: {
    transaction_id: `txn_${randomBytes(4).toString("hex")}`,
    card_last4: "1234",
    amount_minor: 125000,
    currency: "THB",
    billed_amount_minor: 25230,
    billed_currency: "CNY",
    fx_rate: "0.20184",
    merchant: { name: "SEVEN-ELEVEN BANGKOK", city: "Bangkok", country: "TH" },
    auth_code: "A1B2C3",
    occurred_at: localTimestamp(new Date()),
  },
};

// The body is signed exactly as it will be sent: never re-serialise it afterwards.
const body = eventFile ? readFileSync(eventFile, "utf8") : JSON.stringify(sample);
const id = `evt_${randomBytes(8).toString("hex")}`;
const now = new Date();
const headers = {
  "content-type": "application/json",
  "webhook-id": id,
  "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
  "webhook-signature": new Webhook(secret).sign(id, now, body),
};

if (asJson) {
  console.log(JSON.stringify({ url, headers, body }));
} else {
  const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;
  const lines = [`curl -sS -X POST ${quote(url)}`, ...Object.entries(headers).map(([name, value]) => `  -H ${quote(`${name}: ${value}`)}`), `  --data-binary ${quote(body)}`];
  console.log(lines.join(" \\\n"));
}
