import { describe, expect, it } from "vitest";
import { isTokenCurrent } from "./session-version";

const versions = new Map<string, number>([["u1", 3]]);
const load = async (id: string) => versions.get(id) ?? null;

describe("isTokenCurrent", () => {
  it("accepts a token issued at the user's current version", async () => {
    expect(await isTokenCurrent({ uid: "u1", sv: 3 }, load)).toBe(true);
  });
  it("refuses a token from before a sign-out or password change", async () => {
    expect(await isTokenCurrent({ uid: "u1", sv: 2 }, load)).toBe(false);
  });
  it("refuses a token for a deleted user", async () => {
    expect(await isTokenCurrent({ uid: "gone", sv: 0 }, load)).toBe(false);
  });
  it("refuses a token without the claims (issued before versions existed or forged shape)", async () => {
    expect(await isTokenCurrent({}, load)).toBe(false);
    expect(await isTokenCurrent({ uid: "u1", sv: "3" }, load)).toBe(false);
  });
});
