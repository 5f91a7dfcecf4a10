/**
 * Pieces every area of the OpenAPI document shares: the registry of response schemas, the error
 * shape, the cookie session, 404. A response schema is a zod schema beside its shaper
 * (server/<feature>/<feature>-json.ts) registered in `apiSchemas` under its component name; the
 * document's `components.schemas` is generated from the registry (z.toJSONSchema), so the shape
 * the code sends and the shape the document describes are one definition.
 */
import "server-only";
import { z } from "zod";

export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** The registry as OpenAPI 3.1 components (JSON Schema 2020-12), references between them as $ref. */
export function generatedSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  // Components carry neither a $schema nor an $id of their own (the document's dialect is 3.1's).
  const bare = (schema: object) => Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, bare(schema)]));
}

export type OpenApiArea = {
  tags: { name: string; description: string }[];
  paths: Record<string, unknown>;
  schemas: Record<string, unknown>;
};

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The body of every error answer (server/http/respond.ts). */
export const errorJson = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({
        description: "A documented AppError code (server/errors.ts), or `unexpected` (then the message carries a reference to quote).",
        examples: ["notFound", "invalidInput", "unauthorized"],
      }),
      message: z.string().meta({ description: "Translated into ?locale= or Accept-Language (en, zh-CN)." }),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Translated messages per field; `_form` for the request as a whole." }),
    }),
  })
  .register(apiSchemas, { id: "Error" });

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
  tooManyRequests: {
    ...errorResponse("Over a usage limit for this user or this address (README \"Configuration\"); the message is translated."),
    headers: { "Retry-After": { description: "Seconds until the limit's window ends.", schema: { type: "integer", minimum: 1 } } },
  },
};
