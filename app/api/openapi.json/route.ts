/** The OpenAPI 3.1 description of the JSON API (server/http/openapi.ts, assembled from each feature's part). Public: it holds no user data. */
import { buildOpenApiDocument } from "@/server/http/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
