import { describe, expect, it } from "vitest";
import { cacheSessionVersions, isTokenCurrent } from "./session-version";

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

describe("cacheSessionVersions", () => {
  it("asks the database once within the time-to-live, and again after it", async () => {
    let clock = 0;
    let stored = 3;
    const calls: string[] = [];
    const cache = cacheSessionVersions(async (id) => (calls.push(id), stored), { ttlMs: 2_000, now: () => clock });
    expect(await cache.load("u1")).toBe(3);
    stored = 4; // signed out on another instance
    clock = 1_999;
    expect(await cache.load("u1")).toBe(3);
    clock = 2_000;
    expect(await cache.load("u1")).toBe(4);
    expect(calls).toEqual(["u1", "u1"]);
  });

  it("forgets a version at once when this instance bumps it", async () => {
    let stored = 1;
    const cache = cacheSessionVersions(async () => stored, { now: () => 0 });
    expect(await cache.load("u1")).toBe(1);
    stored = 2;
    cache.forget("u1");
    expect(await cache.load("u1")).toBe(2);
  });

  it("does not keep a failed lookup", async () => {
    let fail = true;
    const cache = cacheSessionVersions(async () => {
      if (fail) throw new Error("db down");
      return 7;
    }, { now: () => 0 });
    await expect(cache.load("u1")).rejects.toThrow("db down");
    fail = false;
    expect(await cache.load("u1")).toBe(7);
  });
});
