import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

const root = path.resolve(import.meta.dirname, "..", "..");

/** Route handlers that are not part of the JSON API for other clients, and why. */
const NOT_IN_DOCUMENT: Record<string, string> = {
  "/api/auth/{nextauth}": "Auth.js's own endpoints",
  "/api/health": "operations probe",
  "/api/openapi.json": "this document",
  "/api/locale": "the language switcher's browser redirect",
  "/api/photo-drafts/{id}": "thumbnails of the no-JavaScript slip form's kept photos (server/photos/photo-drafts.ts)",
};

function listApiRoutes(dir = "app/api"): { path: string; methods: string[] }[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return listApiRoutes(relative);
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(path.join(root, relative), "utf8");
    const methods = [...source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => (m[1] ?? "").toLowerCase());
    const urlPath = "/" + path.posix.dirname(relative).replace(/^app\//, "").replace(/\[\.{3}(\w+)\]/g, "{$1}").replace(/\[(\w+)\]/g, "{$1}");
    return [{ path: urlPath, methods }];
  });
}

describe("buildOpenApiDocument", () => {
  const doc = buildOpenApiDocument();

  it("is an OpenAPI 3.1 document whose references all resolve", () => {
    expect(doc.openapi).toBe("3.1.0");
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1] ?? "");
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
  });

  it("takes its response schemas from the zod schemas the shapers are typed with", async () => {
    const { slipJson } = await import("@/server/slips/slip-json");
    const slip = doc.components.schemas.Slip as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean; $id?: string };
    expect(Object.keys(slip.properties).sort()).toEqual(Object.keys(slipJson.shape).sort());
    expect(slip.properties.photos).toEqual({ type: "array", items: { $ref: "#/components/schemas/SlipPhoto" } });
    expect(slip.additionalProperties).toBe(false);
    expect(slip.$id).toBeUndefined();
    expect(doc.components.schemas.Error).toMatchObject({ type: "object", required: ["error"], additionalProperties: false });
  });

  it("describes every method of every API route handler", () => {
    const missing = listApiRoutes()
      .filter((route) => !(route.path in NOT_IN_DOCUMENT))
      .flatMap((route) => route.methods.filter((m) => !(doc.paths[route.path] as Record<string, unknown> | undefined)?.[m]).map((m) => `${m.toUpperCase()} ${route.path}`));
    expect(missing, "describe these in server/<feature>/<feature>-openapi.ts").toEqual([]);
  });

  it("answers 404, never 403, for another user's slip or photo", () => {
    for (const [route, item] of Object.entries(doc.paths).filter(([p]) => p.startsWith("/api/slips/{id}"))) {
      for (const [method, operation] of Object.entries(item as Record<string, { responses?: Record<string, unknown> }>)) {
        if (method === "parameters") continue;
        expect(operation.responses, `${method} ${route}`).toHaveProperty("404");
        expect(operation.responses, `${method} ${route}`).not.toHaveProperty("403");
      }
    }
  });
});
