/** The slips part of the OpenAPI document (docs/slips.md "API"): paths and the request schema; response schemas come from slip-json.ts. */
import "server-only";
import { SLIP_FORM_FIELDS } from "@/domain/slips";
import { localeParameter, ref, responses, type OpenApiArea } from "@/server/http/openapi-common";

const FIELD_NOTES: Partial<Record<string, string>> = {
  merchantName: "Required. As printed, ≤ 80 characters.",
  country: "Required. ISO 3166-1 alpha-2, e.g. JP.",
  localDateTime: "Required. Local wall-clock time on the slip, YYYY-MM-DDTHH:mm. Not later than now in `timeZone` + 90 minutes.",
  timeZone: "IANA zone, e.g. Asia/Tokyo. May be left out when the country has a single zone.",
  amount: "Required. As printed, in `currency`: \"1280\" JPY, \"12.50\" EUR, \"3.250\" KWD.",
  currency: "Required. ISO 4217 code.",
  cardLast4: "Required. Exactly the last 4 digits — never a full card number.",
  entryMode: "Required. chip | contactless | swipe | keyed | fallback.",
  paidInsteadMethod: "otherCard | cash | wallet; requires paidInsteadAmount.",
  paidInsteadCurrency: "Defaults to the slip's currency.",
  dccHomeCurrency: "Required with dccHomeAmount; must differ from `currency`.",
  notes: "≤ 2000 characters; line breaks allowed.",
  savedDiagnosisId: "Id of one of the user's own saved diagnoses, or empty.",
};

const inputProperties = Object.fromEntries(
  [...SLIP_FORM_FIELDS, "savedDiagnosisId"].map((field) => [field, { type: "string", ...(FIELD_NOTES[field] ? { description: FIELD_NOTES[field] } : {}) }]),
);

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };
const photoIdParameter = { name: "photoId", in: "path", required: true, schema: { type: "string" } };
const json = (schema: unknown) => ({ "application/json": { schema } });

const photoUpload = {
  type: "object",
  properties: { photos: { type: "array", items: { type: "string", format: "binary" }, description: "JPEG, PNG or WebP (checked by content), ≤ 10 MB and ≤ 40 MP each, ≤ 5 per slip." } },
};

export const slipsArea: OpenApiArea = {
  tags: [{ name: "slips", description: "Offline slips a traveller logged, with their photos." }],
  schemas: {
    SlipInput: {
      type: "object",
      description: "The slip form's fields; every value is a string in the form's format. Any text that holds a full card number (13–19 digits passing Luhn, whatever the separators) is refused.",
      properties: inputProperties,
      additionalProperties: true,
    },
    SlipPhotoReading: {
      type: "object",
      required: ["fields", "brand", "outcome", "warnings"],
      properties: {
        fields: {
          type: "object",
          description: "Slip field name (as in SlipInput) → proposed value and confidence. Fields not found are absent.",
          additionalProperties: ref("ProposedValue"),
        },
        brand: { oneOf: [ref("ProposedValue"), { type: "null" }], description: "Card brand (visa, mastercard, unionpay, …): not a slip field; feeds the diagnosis." },
        outcome: { oneOf: [ref("ProposedValue"), { type: "null" }], description: "approved | offlineApproved | declined, from the slip's outcome words." },
        warnings: {
          type: "array",
          items: {
            type: "object", required: ["code"],
            properties: { code: { type: "string", enum: ["fullCardNumberCut", "brandContradictsAid", "responseCodeContradictsOutcome", "valueRefused"] }, field: { type: "string" } },
          },
        },
      },
    },
    ProposedValue: {
      type: "object", required: ["value", "confidence"],
      properties: { value: { type: "string" }, confidence: { type: "number", minimum: 0, maximum: 1 } },
    },
    // SlipPhoto, SlipListItem and Slip are generated from the zod schemas in slip-json.ts.
  },
  paths: {
    "/api/slips": {
      get: {
        tags: ["slips"], summary: "List my slips, newest first, 50 at a time",
        parameters: [localeParameter, { name: "after", in: "query", required: false, description: "The nextCursor of the previous page.", schema: { type: "string" } }],
        responses: {
          200: {
            description: "One page of slips.",
            content: json({ type: "object", properties: { slips: { type: "array", items: ref("SlipListItem") }, nextCursor: { type: ["string", "null"], description: "Pass as ?after= for the next page; null on the last page." } } }),
          },
          401: responses.unauthorized,
        },
      },
      post: {
        tags: ["slips"], summary: "Log a slip",
        description: "Send an Idempotency-Key header (1–200 visible ASCII characters, e.g. a UUID) and resend the same request with the same key when no answer came back: the slip is logged once, and a repeat answers 200 with Idempotent-Replayed: true and the slip the first request created. The same key with a different request answers 422.",
        parameters: [localeParameter, { name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 1, maxLength: 200 } }],
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: ref("SlipInput") },
            "multipart/form-data": { schema: { allOf: [ref("SlipInput"), photoUpload] } },
          },
        },
        responses: {
          201: { description: "Created; Location names the slip.", content: json({ type: "object", properties: { slip: ref("Slip") } }) },
          200: { description: "A repeat of an earlier request with the same Idempotency-Key: the slip it created (header Idempotent-Replayed: true).", content: json({ type: "object", properties: { slip: ref("Slip") } }) },
          400: responses.badRequest, 401: responses.unauthorized,
          422: { description: "The Idempotency-Key was used before with a different request (other fields or photos); nothing was logged.", content: json(ref("Error")) },
        },
      },
    },
    "/api/slips/read-photo": {
      post: {
        tags: ["slips"], summary: "Read a slip photo into proposed slip fields",
        description:
          "Reads one photo of a POS slip (OCR) and answers the slip fields it found, with the field names and string formats of POST /api/slips and a confidence (0–1) each. Nothing is stored; the OCR text is never returned. A full card number read anywhere is cut to its last 4 before anything else sees it, and every value is checked against the card-number guard. At most 30 reads per user per 10 minutes (429). When every reader is busy and the queue is full the answer is 503 with Retry-After.",
        parameters: [localeParameter],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object", required: ["photo"],
                properties: {
                  photo: { type: "string", format: "binary", description: "JPEG, PNG or WebP (checked by content), ≤ 10 MB and ≤ 40 MP." },
                  countryHint: { type: "string", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 country of the slip, when known: decides DD/MM vs MM/DD." },
                },
              },
            },
          },
        },
        responses: {
          200: { description: "The proposed fields.", content: json(ref("SlipPhotoReading")) },
          400: responses.badRequest, 401: responses.unauthorized,
          429: { description: "Too many reads; Retry-After says when to try again.", content: json(ref("Error")) },
          503: { description: "Every reader is busy; Retry-After (seconds) says when to try again.", content: json(ref("Error")) },
        },
      },
    },
    "/api/slips/{id}": {
      parameters: [idParameter, localeParameter],
      get: {
        tags: ["slips"], summary: "One of my slips",
        responses: { 200: { description: "The slip.", content: json({ type: "object", properties: { slip: ref("Slip") } }) }, 401: responses.unauthorized, 404: responses.notFound },
      },
      patch: {
        tags: ["slips"], summary: "Change some fields of one of my slips",
        description: "Fields given replace the stored ones (an empty string clears an optional field); the whole slip is then checked again.",
        requestBody: { required: true, content: { "application/json": { schema: ref("SlipInput") } } },
        responses: { 200: { description: "The updated slip.", content: json({ type: "object", properties: { slip: ref("Slip") } }) }, 400: responses.badRequest, 401: responses.unauthorized, 404: responses.notFound },
      },
      delete: {
        tags: ["slips"], summary: "Delete one of my slips and its photos",
        responses: { 204: { description: "Deleted." }, 401: responses.unauthorized, 404: responses.notFound },
      },
    },
    "/api/slips/{id}/photos": {
      parameters: [idParameter, localeParameter],
      post: {
        tags: ["slips"], summary: "Add photos to one of my slips",
        description: "Each file is checked by content, re-encoded as JPEG with its orientation applied and every bit of metadata (GPS included) removed.",
        requestBody: { required: true, content: { "multipart/form-data": { schema: photoUpload } } },
        responses: {
          201: { description: "Added.", content: json({ type: "object", properties: { added: { type: "array", items: { type: "string" } }, slip: ref("Slip") } }) },
          400: responses.badRequest, 401: responses.unauthorized, 404: responses.notFound,
        },
      },
    },
    "/api/slips/{id}/photos/{photoId}": {
      parameters: [idParameter, photoIdParameter, localeParameter],
      get: {
        tags: ["slips"], summary: "One photo of one of my slips",
        parameters: [{ name: "size", in: "query", required: false, schema: { type: "string", enum: ["thumb"] }, description: "`thumb` for a thumbnail (≤ 480 px)." }],
        responses: {
          200: {
            description: "The JPEG. Served with X-Content-Type-Options: nosniff, Content-Disposition: inline; filename=\"slip-photo.jpg\", Cache-Control: private, no-store.",
            content: { "image/jpeg": { schema: { type: "string", format: "binary" } } },
          },
          401: responses.unauthorized, 404: responses.notFound,
        },
      },
      delete: {
        tags: ["slips"], summary: "Remove one photo from one of my slips",
        responses: { 204: { description: "Removed." }, 401: responses.unauthorized, 404: responses.notFound },
      },
    },
    "/api/account/export": {
      get: {
        tags: ["account"], summary: "Download all my data",
        description: "A zip: account.json, slips.json, slips.csv (text cells starting with = + - @ tab or CR are prefixed with ' so spreadsheets do not run them), saved-diagnoses.json, photos/, the bank side (issuer-records.json and .csv, payment-status.json, status-changes.json, matches.json, column-mappings.json, issuer-feeds.json) and share-links.json (dates and state, never a token).",
        parameters: [localeParameter],
        responses: { 200: { description: "The zip.", content: { "application/zip": { schema: { type: "string", format: "binary" } } } }, 401: responses.unauthorized },
      },
    },
  },
};
