/**
 * The issuer-records part of the OpenAPI document (docs/importers.md "In the app",
 * docs/issuer-feed.md): statement imports, the records list, pasted alerts and the signed
 * issuer feed.
 */
import "server-only";
import { FEED_EVENT_TYPES } from "@/domain/issuer-feed";
import { RECORD_KINDS, RECORD_MESSAGE_KEYS, RECORD_SOURCES, RECORD_STATES } from "@/domain/issuer-records";
import { CSV_LAYOUTS } from "@/domain/statements";
import { localeParameter, ref, responses, type OpenApiArea } from "@/server/http/openapi-common";

const json = (schema: unknown) => ({ "application/json": { schema } });
const nullableString = { type: ["string", "null"] };
const nullableInteger = { type: ["integer", "null"] };

const recordProperties = {
  source: { type: "string", enum: [...RECORD_SOURCES] },
  kind: { type: "string", enum: [...RECORD_KINDS] },
  state: { type: "string", enum: [...RECORD_STATES] },
  transactionDate: { type: "string", description: "The issuer's calendar date as printed, YYYY-MM-DD (never shifted through UTC)." },
  transactionTime: { ...nullableString, description: "HH:mm, when the source gives one." },
  postingDate: nullableString,
  billedAmountMinor: { type: "integer", description: "Minor units of billedCurrency. Positive = money out (purchase, hold, fee); negative = money in (refund, reversal, payment)." },
  billedAmount: { type: "string", description: "The same amount as a decimal string, e.g. \"-12.50\"." },
  billedCurrency: { type: "string" },
  originalAmountMinor: nullableInteger,
  originalAmount: nullableString,
  originalCurrency: nullableString,
  fxRate: nullableString,
  merchant: { type: "string", description: "As printed; card numbers cut to \"•••• 1234\"; may be empty." },
  city: nullableString,
  country: nullableString,
  cardLast4: { ...nullableString, pattern: "^\\d{4}$" },
  references: {
    type: "object",
    properties: { authCode: nullableString, rrn: nullableString, arn: nullableString, issuerTransactionId: nullableString, fitId: nullableString, row: nullableInteger },
  },
  fingerprint: { type: "string", description: "The record's identity: a record whose fingerprint the user already has is never stored twice." },
};

const issue = {
  type: "object",
  required: ["line", "reason", "message"],
  properties: {
    line: { type: "integer", description: "1-based line of the file; 0 = the whole file." },
    reason: { type: "string", enum: [...RECORD_MESSAGE_KEYS], description: "Message key (messages/*.json \"records\")." },
    message: { type: "string", description: "The reason in the caller's language." },
  },
};

const columnMapping = {
  type: "object",
  description: "Columns are 0-based indices into the header row. `amount`, or both `debit` and `credit`, is required; `currency` (a column) or `currencyCode` (the whole file).",
  required: ["date", "description"],
  properties: {
    date: { type: "integer" }, description: { oneOf: [{ type: "integer" }, { type: "array", items: { type: "integer" }, maxItems: 5 }] },
    amount: { type: "integer" }, debit: { type: "integer" }, credit: { type: "integer" }, currency: { type: "integer" },
    currencyCode: { type: "string" }, postingDate: { type: "integer" }, reference: { type: "integer" }, cardLast4: { type: "integer" },
    dateFormat: { type: "string", enum: ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY/MM/DD", "YYYYMMDD", "DD.MM.YYYY", "YYYY年M月D日"] },
    decimalSeparator: { type: "string", enum: [".", ","] },
    outflowSign: { type: "string", enum: ["negative", "positive"] },
  },
};

const feedEventExample = {
  type: "clearing",
  timestamp: "2026-11-05T02:00:00Z",
  data: {
    transaction_id: "txn_8f2c1", card_last4: "1234", amount_minor: 125000, currency: "THB", billed_amount_minor: 25230, billed_currency: "CNY",
    fx_rate: "0.20184", merchant: { name: "SEVEN-ELEVEN BANGKOK", city: "Bangkok", country: "TH" }, auth_code: "A1B2C3",
    occurred_at: "2026-11-03T14:25:00+07:00", posted_on: "2026-11-05",
  },
};

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };

export const issuerRecordsArea: OpenApiArea = {
  tags: [
    { name: "issuer records", description: "The card issuer's own records: statement imports, pasted bank alerts, the records list." },
    { name: "issuer feed", description: "Signed events an issuer pushes into a traveller's feed (Standard Webhooks). No session: the signature authenticates." },
  ],
  schemas: {
    IssuerRecord: { type: "object", properties: recordProperties },
    StoredIssuerRecord: {
      allOf: [
        ref("IssuerRecord"),
        {
          type: "object",
          properties: {
            id: { type: "string" },
            linkedPendingId: { ...nullableString, description: "On a posted purchase: the pending hold it settles (the two are one payment)." },
            postedAsId: { ...nullableString, description: "On a pending hold: the posted purchase that settled it." },
            createdAt: { type: "string", format: "date-time" },
          },
        },
      ],
    },
    ColumnMapping: columnMapping,
    StatementImport: {
      type: "object",
      properties: {
        id: { type: "string" }, fileName: { type: "string" }, status: { type: "string", enum: ["preview", "committed"] },
        format: { type: ["string", "null"], enum: ["csv", "ofx", "camt", "qif", null] },
        layout: { ...nullableString, description: `CSV layout id (${CSV_LAYOUTS.map((l) => l.id).join(", ")}), camt message or OFX flavour; null for an unknown CSV.` },
        encoding: { type: "string" },
        needsMapping: { type: "boolean", description: "An unknown CSV: send a `mapping` (new upload) — see `headers` and `preview`." },
        mappingKey: { ...nullableString, description: "Hash of the header row; the traveller's mapping for it is applied to the next upload automatically." },
        presetApplied: { type: "boolean" },
        headers: { type: "array", items: { type: "string" } },
        preview: { type: "array", items: { type: "array", items: { type: "string" } }, description: "Header row and the first 10 rows, card numbers cut." },
        recordCount: { type: "integer" }, skippedCount: { type: "integer" },
        firstDate: nullableString, lastDate: nullableString,
        totals: { type: "array", items: { type: "object", properties: { currency: { type: "string" }, count: { type: "integer" }, outMinor: { type: "integer" }, inMinor: { type: "integer" }, out: { type: "string" }, in: { type: "string" } } } },
        issues: { type: "array", items: issue, description: "Rows skipped and file-level problems (the first 1000)." },
        records: { type: "array", items: ref("IssuerRecord"), description: "The first 50 records found." },
        newCount: nullableInteger, existingCount: nullableInteger, linkedCount: nullableInteger,
        createdAt: { type: "string", format: "date-time" }, committedAt: { type: ["string", "null"], format: "date-time" },
      },
    },
    FeedEvent: {
      type: "object",
      required: ["type", "data"],
      description: "The JSON body of an issuer event. Any string (or number) holding a full card number anywhere refuses the event.",
      properties: {
        type: { type: "string", enum: [...FEED_EVENT_TYPES], description: "authorisation → pending hold (money out); authorisation.reversed / authorisation.expired → reversal (money in); clearing → posted purchase (links to its hold); refund → refund (money in)." },
        timestamp: { type: "string", description: "When the event was sent (informative; the signed webhook-timestamp header is what is checked)." },
        data: {
          type: "object",
          required: ["transaction_id", "card_last4", "amount_minor", "currency", "merchant", "occurred_at"],
          properties: {
            transaction_id: { type: "string", description: "The issuer's id of the transaction, the same on every event of it." },
            card_last4: { type: "string", pattern: "^\\d{4}$" },
            amount_minor: { type: "integer", minimum: 1, description: "Positive minor units of `currency` (the transaction's own currency); the type gives the direction." },
            currency: { type: "string", description: "ISO 4217." },
            billed_amount_minor: { type: "integer", minimum: 1, description: "With billed_currency: the amount in the card's billing currency." },
            billed_currency: { type: "string" },
            fx_rate: { type: "string", pattern: "^\\d+(\\.\\d+)?$" },
            merchant: { type: "object", required: ["name"], properties: { name: { type: "string" }, city: { type: "string" }, country: { type: "string", pattern: "^[A-Z]{2}$" } } },
            auth_code: { type: "string" }, rrn: { type: "string" }, arn: { type: "string" },
            occurred_at: { type: "string", description: "Local date and time of the payment with its UTC offset (RFC 3339); the record keeps this wall-clock date." },
            posted_on: { type: "string", description: "YYYY-MM-DD, the posting date (clearing, refund)." },
          },
        },
      },
      examples: [feedEventExample],
    },
  },
  paths: {
    "/api/imports": {
      post: {
        tags: ["issuer records"], summary: "Upload a statement file and get its preview",
        description: "Nothing is saved until the import is committed. Previews not committed are removed after 24 hours.",
        parameters: [
          localeParameter,
          { name: "respond", in: "query", required: false, schema: { type: "string", enum: ["page"] }, description: "`page`: the upload page's plain HTML form — every outcome is a 303 to a page (the preview, the upload page with `?error=<message key>`, or sign-in) instead of JSON." },
        ],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: {
                  file: { type: "string", format: "binary", description: "CSV, OFX/QFX, camt.052/053/054 or QIF; ≤ 10 MB, ≤ 200 000 rows. XML with a DOCTYPE or entities is refused." },
                  layoutId: { type: "string", enum: CSV_LAYOUTS.map((l) => l.id), description: "Force a known CSV layout." },
                  mapping: { type: "string", description: "A ColumnMapping as JSON text, for a CSV of unknown layout." },
                  currency: { type: "string", description: "ISO 4217 code for files that do not say (QIF, CSVs without a currency column)." },
                },
              },
            },
          },
        },
        responses: {
          201: { description: "The preview; Location names the import.", content: json({ type: "object", properties: { import: ref("StatementImport") } }) },
          303: { description: "With `respond=page` only: where the browser goes next." },
          400: responses.badRequest, 401: responses.unauthorized,
        },
      },
    },
    "/api/imports/{id}": {
      parameters: [idParameter, localeParameter],
      get: {
        tags: ["issuer records"], summary: "One of my statement imports: the preview, or the counts once committed",
        responses: {
          200: { description: "The import.", content: json({ type: "object", properties: { import: ref("StatementImport") } }) },
          401: responses.unauthorized, 404: responses.notFound,
        },
      },
    },
    "/api/imports/{id}/commit": {
      parameters: [idParameter, localeParameter],
      post: {
        tags: ["issuer records"], summary: "Save a previewed import (all or nothing)",
        description: "Records whose fingerprint the user already has are skipped (re-importing a file or an overlapping period adds nothing); pending holds are linked to the postings that settle them. Committing again changes nothing and answers the same counts.",
        responses: {
          200: {
            description: "Saved.",
            content: json({ type: "object", properties: { newCount: { type: "integer" }, existingCount: { type: "integer" }, linkedCount: { type: "integer" }, alreadyCommitted: { type: "boolean" } } }),
          },
          400: responses.badRequest, 401: responses.unauthorized, 404: responses.notFound,
        },
      },
    },
    "/api/issuer-records": {
      get: {
        tags: ["issuer records"], summary: "List my issuer records, newest first",
        parameters: [
          localeParameter,
          { name: "card", in: "query", required: false, schema: { type: "string", pattern: "^\\d{4}$" } },
          { name: "currency", in: "query", required: false, schema: { type: "string" }, description: "Billed currency." },
          { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1 } },
          { name: "pageSize", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
        ],
        responses: {
          200: {
            description: "One page.",
            content: json({ type: "object", properties: { records: { type: "array", items: ref("StoredIssuerRecord") }, page: { type: "integer" }, pageSize: { type: "integer" }, hasMore: { type: "boolean" } } }),
          },
          401: responses.unauthorized,
        },
      },
    },
    "/api/alerts": {
      post: {
        tags: ["issuer records"], summary: "Paste bank alerts (SMS / app notifications)",
        description: "Every message lands in exactly one list: `records` (saved now, or already saved: `isNew`), `notUnderstood` (with the reason) or `skipped` (one-time passcodes and marketing).",
        parameters: [localeParameter],
        requestBody: { required: true, content: json({ type: "object", required: ["text"], properties: { text: { type: "string", maxLength: 100000 } } }) },
        responses: {
          201: {
            description: "What was understood, what was not and what was skipped.",
            content: json({
              type: "object",
              properties: {
                records: { type: "array", items: { allOf: [ref("IssuerRecord"), { type: "object", properties: { isNew: { type: "boolean" } } }] } },
                notUnderstood: { type: "array", items: { type: "object", properties: { text: { type: "string" }, reason: { type: "string", enum: [...RECORD_MESSAGE_KEYS] }, message: { type: "string" } } } },
                skipped: { type: "array", items: { type: "object", properties: { text: { type: "string" }, kind: { type: "string", enum: ["otp", "marketing"] } } } },
                newCount: { type: "integer" }, existingCount: { type: "integer" },
              },
            }),
          },
          400: responses.badRequest, 401: responses.unauthorized,
        },
      },
    },
    "/api/issuer/events/{feedId}": {
      parameters: [{ name: "feedId", in: "path", required: true, schema: { type: "string" } }],
      post: {
        tags: ["issuer feed"], summary: "Push one signed event into a traveller's feed",
        description: [
          "Standard Webhooks: `webhook-signature` holds one or more space-separated `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the feed secret's base64-decoded bytes (after `whsec_`).",
          "Timestamps more than 5 minutes from the server's clock are refused; during 24 hours after a rotation both secrets verify.",
          "A repeated webhook-id is answered 200 with `duplicate: true` and has no second effect. 200 is sent only after the event and its record are stored.",
          "No session cookie is used. See docs/issuer-feed.md for a signed sample request.",
        ].join(" "),
        security: [],
        parameters: [
          { name: "webhook-id", in: "header", required: true, schema: { type: "string", maxLength: 255 } },
          { name: "webhook-timestamp", in: "header", required: true, schema: { type: "string" }, description: "Unix seconds." },
          { name: "webhook-signature", in: "header", required: true, schema: { type: "string" } },
        ],
        requestBody: { required: true, content: json(ref("FeedEvent")) },
        responses: {
          200: {
            description: "Stored (or already received).",
            content: json({ type: "object", properties: { received: { type: "boolean" }, eventId: { type: "string" }, recordId: nullableString, duplicate: { type: "boolean" } } }),
          },
          400: responses.badRequest,
          401: { description: "Signature or timestamp not verified.", content: json(ref("Error")) },
          404: { description: "No such feed.", content: json(ref("Error")) },
        },
      },
    },
  },
};
