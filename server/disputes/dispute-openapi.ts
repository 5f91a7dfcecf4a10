/**
 * The disputes part of the OpenAPI document (docs/disputes.md): the evidence pack (PDF) and the
 * reminder calendar (.ics) of one of the signed-in user's slips.
 */
import "server-only";
import { responses, type OpenApiArea } from "@/server/http/openapi-common";

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

export const disputesArea: OpenApiArea = {
  tags: [{ name: "disputes", description: "Disputing a charge of a slip: the evidence pack and the reminders." }],
  schemas: {},
  paths: {
    "/api/slips/{id}/dispute-pack": download(
      "The evidence pack of the slip's recommended dispute ground (PDF)",
      "The letter to the card issuer, the slip's facts and photo, the issuer's records of each charge and the timeline. Card numbers appear as their last 4 only. 404 also when the slip has no dispute grounds.",
      "application/pdf", "binary",
    ),
    "/api/slips/{id}/dispute-reminders.ics": download(
      "The slip's reminders as an RFC 5545 calendar",
      "The dispute deadline and a week before it, the date a hold should be gone, the date to check again; only dates from today on (the calendar may hold no event).",
      "text/calendar", "text",
    ),
  },
};
