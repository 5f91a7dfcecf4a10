import { describe, expect, it } from "vitest";
import { fallbackFor, localeSwitchTarget } from "@/service-worker/offline-routes";

const at = (path: string) => new URL(path, "https://sliptrack.test");

describe("fallbackFor", () => {
  it("answers the guide's pages, with any query, with the guide's shell in their language", () => {
    expect(fallbackFor(at("/en/diagnose?t=RC+51&oc=n"))).toBe("/en/diagnose/offline");
    expect(fallbackFor(at("/zh-CN/diagnose"))).toBe("/zh-CN/diagnose/offline");
  });

  it("answers the new-slip page with the offline slip form, which queues on the phone", () => {
    expect(fallbackFor(at("/zh-CN/slips/new"))).toBe("/zh-CN/slips/offline");
    expect(fallbackFor(at("/en/slips/abc123"))).toBe("/en/offline");
  });

  it("answers every other page with the needs-the-network page, never the guide", () => {
    expect(fallbackFor(at("/zh-CN/payments"))).toBe("/zh-CN/offline");
    expect(fallbackFor(at("/en/diagnose/saved"))).toBe("/en/offline");
    expect(fallbackFor(at("/fr/whatever"))).toBe("/en/offline");
  });
});

describe("localeSwitchTarget", () => {
  it("keeps the page and its query in the other language", () => {
    expect(localeSwitchTarget(at("/api/locale?to=zh-CN"), "https://sliptrack.test/en/diagnose?t=RC&r=1")).toBe("/zh-CN/diagnose?t=RC&r=1");
  });

  it("never follows another origin or an unknown language", () => {
    expect(localeSwitchTarget(at("/api/locale?to=zh-CN"), "https://evil.test/en/diagnose")).toBe("/zh-CN");
    expect(localeSwitchTarget(at("/api/locale?to=xx"), "")).toBe("/en");
  });
});
