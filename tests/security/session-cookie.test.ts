/**
 * server/auth/session-cookie.ts: the session cookie is decrypted once per value and remembered,
 * but every request still checks the token's expiry and its session version — a remembered
 * cookie is revoked exactly as fast as one decrypted afresh.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

const jar = new Map<string, string>();
const requestHeaders = new Map<string, string>();
const versions = new Map<string, number>();
const decodeCalls = vi.fn();

vi.mock("next/headers", () => ({
  cookies: async () => ({
    has: (name: string) => jar.has(name),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => ({ get: (name: string) => requestHeaders.get(name) ?? null }),
}));
vi.mock("@/server/auth/session-versions", () => ({ sessionVersions: { load: async (id: string) => versions.get(id) ?? null } }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...real, decode: (params: Parameters<typeof real.decode>[0]) => (decodeCalls(), real.decode(params)) };
});

const secret = "session-cookie-test-secret";
const name = "authjs.session-token";
const { readSessionCookie, rememberDecodedSessions, sessionCookieName } = await import("@/server/auth/session-cookie");

async function cookieFor(claims: Record<string, unknown>, maxAge = 3600) {
  return encode({ token: claims, secret, salt: name, maxAge });
}

describe("readSessionCookie", () => {
  beforeEach(() => {
    jar.clear();
    versions.clear();
    requestHeaders.clear();
    requestHeaders.set("x-forwarded-proto", "http");
    delete process.env.AUTH_URL;
    delete process.env.NEXTAUTH_URL;
    decodeCalls.mockClear();
    process.env.AUTH_SECRET = secret;
  });

  it("no cookie is no session; a chunked cookie is left to Auth.js", async () => {
    expect(await readSessionCookie()).toEqual({ kind: "none" });
    jar.set(`${name}.0`, "part");
    expect(await readSessionCookie()).toEqual({ kind: "unsure" });
  });

  it("a valid cookie is the user; decrypted once, checked against the session version every time", async () => {
    versions.set("u1", 3);
    jar.set(name, await cookieFor({ uid: "u1", sv: 3, email: "a@example.test" }));
    expect(await readSessionCookie()).toEqual({ kind: "user", id: "u1", email: "a@example.test" });
    expect(await readSessionCookie()).toEqual({ kind: "user", id: "u1", email: "a@example.test" });
    expect(decodeCalls).toHaveBeenCalledTimes(1);
    // Sign-out elsewhere bumps the version: the remembered cookie stops at once.
    versions.set("u1", 4);
    expect(await readSessionCookie()).toEqual({ kind: "none" });
    // The account is deleted: no version, no session.
    versions.delete("u1");
    expect(await readSessionCookie()).toEqual({ kind: "none" });
  });

  it("a tampered, foreign-secret or expired cookie is no session", async () => {
    versions.set("u2", 0);
    const good = await cookieFor({ uid: "u2", sv: 0, email: "b@example.test" });
    jar.set(name, good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA"));
    expect(await readSessionCookie()).toEqual({ kind: "none" });
    jar.set(name, await encode({ token: { uid: "u2", sv: 0, email: "b@example.test" }, secret: "another-secret", salt: name }));
    expect(await readSessionCookie()).toEqual({ kind: "none" });
    jar.set(name, await cookieFor({ uid: "u2", sv: 0, email: "b@example.test" }, -10));
    expect(await readSessionCookie()).toEqual({ kind: "none" });
    // A token without a session version (not one this app issued) is refused too.
    jar.set(name, await cookieFor({ uid: "u2", email: "b@example.test" }));
    expect(await readSessionCookie()).toEqual({ kind: "none" });
  });

  it("the secure-prefixed cookie is read with its own name as the salt", async () => {
    requestHeaders.set("x-forwarded-proto", "https");
    versions.set("u3", 1);
    jar.set("__Secure-authjs.session-token", await encode({ token: { uid: "u3", sv: 1, email: "c@example.test" }, secret, salt: "__Secure-authjs.session-token" }));
    expect(await readSessionCookie()).toEqual({ kind: "user", id: "u3", email: "c@example.test" });
    // Encrypted under the other name's salt, it does not open.
    jar.set("__Secure-authjs.session-token", await cookieFor({ uid: "u3", sv: 1, email: "c@example.test" }));
    expect(await readSessionCookie()).toEqual({ kind: "none" });
  });

  it("reads only the name Auth.js reads: over HTTPS a plain-named cookie is no session, over HTTP a secure-named one", async () => {
    versions.set("u4", 0);
    const plain = await cookieFor({ uid: "u4", sv: 0, email: "d@example.test" });
    const secure = await encode({ token: { uid: "u4", sv: 0, email: "d@example.test" }, secret, salt: "__Secure-authjs.session-token" });
    requestHeaders.set("x-forwarded-proto", "https");
    jar.set(name, plain);
    expect(await readSessionCookie()).toEqual({ kind: "none" });
    requestHeaders.set("x-forwarded-proto", "http");
    expect(await readSessionCookie()).toEqual({ kind: "user", id: "u4", email: "d@example.test" });
    jar.clear();
    jar.set("__Secure-authjs.session-token", secure);
    expect(await readSessionCookie()).toEqual({ kind: "none" });
    // AUTH_URL decides over the header, as in Auth.js.
    process.env.AUTH_URL = "https://sliptrack.example";
    expect(await readSessionCookie()).toEqual({ kind: "user", id: "u4", email: "d@example.test" });
  });
});

describe("sessionCookieName", () => {
  it("follows AUTH_URL, then NEXTAUTH_URL, then x-forwarded-proto, defaulting to HTTPS", () => {
    expect(sessionCookieName({}, null)).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName({}, "http")).toBe("authjs.session-token");
    expect(sessionCookieName({}, "https")).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName({ AUTH_URL: "http://127.0.0.1:3000" }, "https")).toBe("authjs.session-token");
    expect(sessionCookieName({ NEXTAUTH_URL: "https://a.example" }, "http")).toBe("__Secure-authjs.session-token");
  });
});

describe("rememberDecodedSessions", () => {
  it("forgets a value after its time and never outlives the token's expiry", () => {
    let clock = 1_000_000;
    const memory = rememberDecodedSessions({ ttlMs: 60_000, now: () => clock });
    memory.set("v", { uid: "u", sv: 0, email: "e", exp: (clock + 30_000) / 1000 });
    expect(memory.get("v")?.uid).toBe("u");
    clock += 30_000;
    expect(memory.get("v")).toBeUndefined();
    memory.set("w", { uid: "u", sv: 0, email: "e", exp: (clock + 3_600_000) / 1000 });
    clock += 60_000;
    expect(memory.get("w")).toBeUndefined();
  });
});
