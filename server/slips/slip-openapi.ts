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
    // SlipPhoto, SlipListItem and Slip are generated from the zod schemas in slip-json.ts.
  },
  paths: {
    "/api/slips": {
      get: {
        tags: ["slips"], summary: "List my slips, newest first", parameters: [localeParameter],
        responses: { 200: { description: "The slips.", content: json({ type: "object", properties: { slips: { type: "array", items: ref("SlipListItem") } } }) }, 401: responses.unauthorized },
      },
      post: {
        tags: ["slips"], summary: "Log a slip",
        description: "Send an Idempotency-Key header (1–200 visible ASCII characters, e.g. a UUID) and resend the same request with the same key when no answer came back: the slip is logged once, and a repeat answers 200 with Idempotent-Replayed: true and the slip the first request created.",
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
        description: "A zip: account.json, slips.json, slips.csv (text cells starting with = + - @ tab or CR are prefixed with ' so spreadsheets do not run them), saved-diagnoses.json and photos/.",
        parameters: [localeParameter],
        responses: { 200: { description: "The zip.", content: { "application/zip": { schema: { type: "string", format: "binary" } } } }, 401: responses.unauthorized },
      },
    },
  },
};
