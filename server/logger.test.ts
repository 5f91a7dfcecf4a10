import { describe, expect, it } from "vitest";
import { scrubLogValue } from "./logger";

describe("scrubLogValue", () => {
  it("censors password, token and cookie fields at any depth", () => {
    const out = scrubLogValue({ user: { email: "a@b.c", password: "hunter22" }, headers: { cookie: "authjs.session-token=abc" }, sessionToken: "xyz" });
    expect(out).toEqual({ user: { email: "a@b.c", password: "[redacted]" }, headers: { cookie: "[redacted]" }, sessionToken: "[redacted]" });
  });

  it("cuts card numbers in any string to the last 4 digits", () => {
    const out = JSON.stringify(scrubLogValue({ note: "paid with 4111 1111 1111 1111 at 7-Eleven", list: ["5500-0000-0000-0004"] }));
    expect(out).not.toMatch(/4111 1111 1111 1111|5500-0000-0000-0004/);
    expect(out).toContain("1111");
    expect(out).toContain("0004");
  });

  it("redacts card numbers inside error messages and stacks", () => {
    const out = scrubLogValue(new Error("bad card 4111111111111111")) as { message: string };
    expect(out.message).not.toContain("4111111111111111");
  });
});
