/** Pieces every area of the OpenAPI document shares: the error shape, the cookie session, 404. */
import "server-only";

export type OpenApiArea = {
  tags: { name: string; description: string }[];
  paths: Record<string, unknown>;
  schemas: Record<string, unknown>;
};

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const commonSchemas = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: {
            type: "string",
            description: "A documented AppError code (server/errors.ts), or `unexpected` (then the message carries a reference to quote).",
            examples: ["notFound", "invalidInput", "unauthorized"],
          },
          message: { type: "string", description: "Translated into ?locale= or Accept-Language (en, zh-CN)." },
          fieldErrors: {
            type: "object",
            additionalProperties: { type: "array", items: { type: "string" } },
            description: "Translated messages per field; `_form` for the request as a whole.",
          },
        },
      },
    },
  },
};

export const localeParameter = {
  name: "locale",
  in: "query",
  required: false,
  schema: { type: "string", enum: ["en", "zh-CN"] },
  description: "Language of error messages; otherwise Accept-Language decides, then English.",
};

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });

export const responses = {
  badRequest: errorResponse("The input was refused; `fieldErrors` says where and why."),
  unauthorized: errorResponse("Not signed in, or the session was revoked."),
  notFound: errorResponse("No such item for this user. Another user's item answers exactly the same (never 403, never data)."),
  unexpected: errorResponse("Something unexpected failed; nothing was changed."),
};
