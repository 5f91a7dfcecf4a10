/**
 * The disputes part of the OpenAPI document (docs/disputes.md): the evidence pack (PDF) and the
 * reminder calendar (.ics) of one of the signed-in user's slips.
 */
import "server-only";
import { ref, responses, type OpenApiArea } from "@/server/http/openapi-common";

const slipIdParameter = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "A slip id of the signed-in user." };
const languageParameter = {
  name: "locale", in: "query", required: false, schema: { type: "string", enum: ["en", "zh-CN"] },
  description: "The traveller's language: of the pack's headings and letters (zh-CN adds the English letter) or of the reminders, and of error messages. Default en.",
};
const download = (summary: string, description: string, contentType: string, format: string) => ({
  parameters: [slipIdParameter, languageParameter],
  get: {
    tags: ["disputes"], summary, description,
    responses: {
      200: {
        description: "Sent as an attachment (Content-Disposition), never cached outside the owner's browser.",
        content: { [contentType]: { schema: { type: "string", format } } },
      },
      401: responses.unauthorized, 404: responses.notFound, 429: responses.tooManyRequests,
    },
  },
});

const letterLanguage = {
  name: "lang", in: "query", required: false, schema: { type: "string", enum: ["en", "zh-CN"] }, description: "The letters' language. Default en.",
};
const disputeAnswer = { description: "The dispute: ground, letters, the facts they were filled from, and its progress.", content: { "application/json": { schema: ref("Dispute") } } };
const day = { type: "string", format: "date" };
const stepBody = {
  oneOf: [
    { type: "object", required: ["action", "on"], properties: { action: { const: "sent" }, on: day, followUpOn: { ...day, description: "Optional; default 30 days after `on`." } } },
    { type: "object", required: ["action", "on"], properties: { action: { enum: ["credited", "refused"] }, on: day } },
    { type: "object", required: ["action", "on", "amount"], properties: { action: { const: "partlyCredited" }, on: day, amount: { type: "string", description: "The amount credited, in the disputed charge's currency (decimal text)." } } },
    { type: "object", required: ["action", "stepId"], properties: { action: { const: "undo" }, stepId: { type: "string", description: "Must be the last step (`progress.undoStepId`)." } } },
    {
      type: "object", required: ["action", "audience", "lang", "text"],
      properties: { action: { const: "editLetter" }, audience: { enum: ["issuer", "merchant"] }, lang: { enum: ["en", "zh-CN"] }, text: { type: "string", maxLength: 8000, description: "Refused when it holds a full card number or a security code." } },
    },
    { type: "object", required: ["action", "audience", "lang"], properties: { action: { const: "resetLetter" }, audience: { enum: ["issuer", "merchant"] }, lang: { enum: ["en", "zh-CN"] } } },
  ],
};

export const disputesArea: OpenApiArea = {
  tags: [{ name: "disputes", description: "Disputing a charge of a slip: the letters, the dispute's steps, the evidence pack and the reminders." }],
  schemas: {},
  paths: {
    "/api/slips/{id}/dispute": {
      parameters: [slipIdParameter, letterLanguage, languageParameter],
      get: {
        tags: ["disputes"], summary: "The slip's dispute: ground, letters (the traveller's wording where edited) and progress",
        responses: { 200: disputeAnswer, 401: responses.unauthorized, 404: responses.notFound },
      },
      post: {
        tags: ["disputes"], summary: "Record a dispute step (sent, credited, partly credited, refused, undo) or save / drop the traveller's wording of a letter",
        description: "Steps follow each other in order: one `sent`, then one answer; only the last step can be undone. Dates may not be in the future or before the slip's day. Refusals are 400 with translated field errors; nothing is saved.",
        requestBody: { required: true, content: { "application/json": { schema: stepBody } } },
        responses: { 200: disputeAnswer, 400: responses.badRequest, 401: responses.unauthorized, 404: responses.notFound, 429: responses.tooManyRequests },
      },
    },
    "/api/slips/{id}/dispute-pack": download(
      "The evidence pack of the slip's recommended dispute ground (PDF)",
      "The letter to the card issuer, the slip's facts and photo, the issuer's records of each charge and the timeline. Card numbers appear as their last 4 only. 404 also when the slip has no dispute grounds.",
      "application/pdf", "binary",
    ),
    "/api/slips/{id}/reminders.ics": download(
      "The slip's reminders as an RFC 5545 calendar",
      "The dispute deadline and a week before it, the date a hold should be gone, the date to check again; only dates from today on (the calendar may hold no event).",
      "text/calendar", "text",
    ),
  },
};
