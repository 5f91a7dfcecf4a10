import { describe, expect, it } from "vitest";
import { discoverEndpoints, exportedNames } from "./discover-endpoints";
import { ACCESS_PROBES, NOT_USER_SCOPED } from "./access-registry";

describe("the access registry", () => {
  const endpoints = discoverEndpoints();

  it("finds the endpoints it is meant to police (the discovery itself works)", () => {
    expect(endpoints).toContain("GET app/api/slips/[id]/route.ts");
    expect(endpoints).toContain("action server/slips/slip-actions.ts#updateSlipAction");
    expect(endpoints).toContain("page app/[locale]/slips/[id]/page.tsx");
    expect(endpoints).not.toContain("page app/[locale]/slips/page.tsx"); // no id in its URL
  });

  it("has an access probe or a stated reason for every route method, id page and server action", () => {
    const missing = endpoints.filter((id) => !(id in ACCESS_PROBES) && !(id in NOT_USER_SCOPED));
    expect(missing, "add these to tests/access/access-registry.ts with a probe (another user gets 404) or a reason").toEqual([]);
  });

  it("lists nothing that no longer exists, and nothing twice", () => {
    const listed = [...Object.keys(ACCESS_PROBES), ...Object.keys(NOT_USER_SCOPED)];
    expect(listed.filter((id) => !endpoints.includes(id))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    for (const reason of Object.values(NOT_USER_SCOPED)) expect(reason.length).toBeGreaterThan(20);
  });
});

describe("exportedNames", () => {
  it("reads every way a module can export a handler", () => {
    const source = [
      "export async function GET() {}",
      "export function POST() {}",
      "export const PATCH = async () => {};",
      "export const { GET: HEAD, DELETE } = handlers;",
      "export { handler as PUT };",
    ].join("\n");
    expect(exportedNames(source).sort()).toEqual(["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"]);
  });
});
