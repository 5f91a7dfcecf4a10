/**
 * The OpenAPI 3.1 document served at /api/openapi.json. Response schemas are generated from the
 * zod schemas registered in `apiSchemas` by the features' *-json.ts files (imported below so
 * they are registered); paths, and the schemas not yet in zod, come from one module per area
 * (server/<feature>/<feature>-openapi.ts) exporting { tags, paths, schemas }. A test checks that
 * every route handler under app/api is described here.
 */
import "server-only";
import { generatedSchemas, type OpenApiArea } from "./openapi-common";
import "@/server/slips/slip-json";
import "@/server/disputes/dispute-json";
import { slipsArea } from "@/server/slips/slip-openapi";
import { diagnosisArea } from "@/server/diagnosis/diagnosis-openapi";
import { issuerRecordsArea } from "@/server/records/record-openapi";
import { trackingArea } from "@/server/tracking/tracking-openapi";
import { disputesArea } from "@/server/disputes/dispute-openapi";
import { sharingArea } from "@/server/sharing/share-openapi";

const AREAS: OpenApiArea[] = [diagnosisArea, slipsArea, trackingArea, disputesArea, issuerRecordsArea, sharingArea];

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "SlipTrack API",
      version: "1.0.0",
      description: "JSON endpoints of SlipTrack. Authentication is the browser session cookie of a signed-in user (sign in at /en/sign-in).",
    },
    tags: [...AREAS.flatMap((area) => area.tags), { name: "account", description: "The signed-in user's own account." }],
    security: [{ sessionCookie: [] }],
    paths: Object.assign({}, ...AREAS.map((area) => area.paths)) as Record<string, unknown>,
    components: {
      securitySchemes: { sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
      schemas: Object.assign({}, ...AREAS.map((area) => area.schemas), generatedSchemas()) as Record<string, unknown>,
    },
  };
}
