/**
 * The sharing part of the OpenAPI document (docs/sharing.md): a shared slip's photos, for
 * whoever holds an open share link. No session: the token in the path is the permission.
 * Links are made and revoked from the slip and account pages (server actions), not this API.
 */
import "server-only";
import { localeParameter, responses, type OpenApiArea } from "@/server/http/openapi-common";

export const sharingArea: OpenApiArea = {
  tags: [{ name: "sharing", description: "Read-only share links to one slip." }],
  schemas: {},
  paths: {
    "/api/shared/{token}/photos/{photoId}": {
      parameters: [
        { name: "token", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_-]{43}$" }, description: "The share link's token (the last part of its address)." },
        { name: "photoId", in: "path", required: true, schema: { type: "string" }, description: "A photo of the shared slip." },
        localeParameter,
      ],
      get: {
        tags: ["sharing"], summary: "One photo of a shared slip",
        description: "Only the photos of the slip the link was made for, only while the link is open (neither expired nor revoked). An unknown, expired or revoked token and another slip's photo are the same 404.",
        security: [],
        parameters: [{ name: "size", in: "query", required: false, schema: { type: "string", enum: ["thumb"] }, description: "`thumb` for a thumbnail (≤ 480 px)." }],
        responses: {
          200: {
            description: "The JPEG, with the same headers as the owner's photo route, and Referrer-Policy: no-referrer.",
            content: { "image/jpeg": { schema: { type: "string", format: "binary" } } },
          },
          404: responses.notFound,
        },
      },
    },
  },
};
