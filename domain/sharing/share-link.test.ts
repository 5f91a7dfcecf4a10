import { describe, expect, it } from "vitest";
import { isShareTokenShape, readShareLinkDays, shareLinkExpiry, shareLinkState } from "./share-link";

const now = new Date("2026-12-04T12:00:00Z");

describe("shareLinkState", () => {
  it("is open until its expiry, expired from that instant", () => {
    expect(shareLinkState({ expiresAt: new Date("2026-12-04T12:00:01Z"), revokedAt: null }, now)).toBe("open");
    expect(shareLinkState({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
  });

  it("says revoked for a revoked link, even one that has also expired", () => {
    expect(shareLinkState({ expiresAt: new Date("2027-01-01T00:00:00Z"), revokedAt: now }, now)).toBe("revoked");
    expect(shareLinkState({ expiresAt: new Date("2026-01-01T00:00:00Z"), revokedAt: now }, now)).toBe("revoked");
  });
});

describe("share link lifetimes and tokens", () => {
  it("accepts only the offered lifetimes", () => {
    expect(readShareLinkDays("1")).toBe(1);
    expect(readShareLinkDays("7")).toBe(7);
    expect(readShareLinkDays("30")).toBe(30);
    for (const bad of ["0", "2", "31", "365", "-7", "7.5", "", null, 7]) expect(readShareLinkDays(bad)).toBeNull();
  });

  it("expires whole days later", () => {
    expect(shareLinkExpiry(now, 7).toISOString()).toBe("2026-12-11T12:00:00.000Z");
  });

  it("knows a token by its shape: 43 base64url characters", () => {
    expect(isShareTokenShape("A".repeat(43))).toBe(true);
    expect(isShareTokenShape("aZ0-_".repeat(8) + "abc")).toBe(true);
    expect(isShareTokenShape("A".repeat(42))).toBe(false);
    expect(isShareTokenShape("A".repeat(44))).toBe(false);
    expect(isShareTokenShape(`${"A".repeat(42)}=`)).toBe(false);
    expect(isShareTokenShape(`${"A".repeat(42)}/`)).toBe(false);
  });
});
