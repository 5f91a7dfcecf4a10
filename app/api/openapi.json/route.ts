/** The OpenAPI 3.1 description of the JSON API (server/openapi). Public: it holds no user data. */
import { buildOpenApiDocument } from "@/server/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
