import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("checkSameOrigin", () => {
  it("lets reads through and state changes from this origin", () => {
    expect(checkSameOrigin("GET", "/api/slips", h({}))).toEqual({ allowed: true });
    expect(checkSameOrigin("POST", "/api/slips", h({ host: "sliptrack.test", origin: "https://sliptrack.test" }))).toEqual({ allowed: true });
    expect(checkSameOrigin("POST", "/en/slips/new", h({ host: "sliptrack.test", "sec-fetch-site": "same-origin" }))).toEqual({ allowed: true });
  });

  it("refuses another port of the same host, another site, and a state change with no Origin", () => {
    expect(checkSameOrigin("POST", "/api/matches/x/confirm", h({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:4000" }))).toMatchObject({ allowed: false, reason: "crossSite" });
    expect(checkSameOrigin("DELETE", "/api/slips/x", h({ host: "sliptrack.test", origin: "https://evil.test", "sec-fetch-site": "cross-site" }))).toMatchObject({ allowed: false });
    expect(checkSameOrigin("POST", "/en/slips/new", h({ host: "sliptrack.test", "sec-fetch-site": "same-site" }))).toMatchObject({ allowed: false, reason: "crossSite" });
    expect(checkSameOrigin("POST", "/api/imports", h({ host: "sliptrack.test" }))).toMatchObject({ allowed: false, reason: "missingOrigin" });
    expect(checkSameOrigin("POST", "/api/imports", h({ host: "sliptrack.test", origin: "null" }))).toMatchObject({ allowed: false });
  });

  it("leaves the signed issuer feed and Auth.js's own endpoints to their own proof", () => {
    expect(checkSameOrigin("POST", "/api/issuer/events/feed1", h({ host: "sliptrack.test" }))).toEqual({ allowed: true });
    expect(checkSameOrigin("POST", "/api/auth/callback/credentials", h({}))).toEqual({ allowed: true });
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const headers = h({ host: "internal:3000", "x-forwarded-host": "sliptrack.test", origin: "https://sliptrack.test" });
    expect(checkSameOrigin("POST", "/api/slips", headers, true)).toEqual({ allowed: true });
    expect(checkSameOrigin("POST", "/api/slips", headers, false)).toMatchObject({ allowed: false });
  });
});
