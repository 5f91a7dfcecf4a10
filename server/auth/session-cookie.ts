/**
 * Reading the session cookie without Auth.js's full round trip (issue 13: every auth() decrypted
 * the cookie and encrypted a fresh token, 2–5 ms of CPU per request, for a session that is only
 * read). A cookie value that decrypted once is remembered here for up to a minute, by its exact
 * value; each use still checks what auth.ts's jwt callback checks — the token's expiry and its
 * session version (server/auth/session-versions.ts, 2 s per instance) — so sign-out, a password
 * change or deletion revoke a remembered cookie as fast as one decrypted afresh. A value never
 * seen is decrypted with Auth.js's own `decode` (same secret, same salt: the cookie's name).
 * Anything unusual — a chunked cookie, no secret in the environment — goes through auth().
 */
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { isTokenCurrent } from "@/server/auth/session-version";
import { sessionVersions } from "@/server/auth/session-versions";

export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export type SessionClaims = { uid: string; sv: number; email: string; exp: number };

/** Decoded session cookies by value, for `ttlMs`; pure apart from the clock, for its tests. */
export function rememberDecodedSessions({ ttlMs = 60_000, maxEntries = 10_000, now = Date.now }: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
  const entries = new Map<string, { at: number; claims: SessionClaims }>();
  return {
    get(value: string): SessionClaims | undefined {
      const hit = entries.get(value);
      if (!hit) return undefined;
      if (now() - hit.at >= ttlMs || hit.claims.exp * 1000 <= now()) {
        entries.delete(value);
        return undefined;
      }
      return hit.claims;
    },
    set(value: string, claims: SessionClaims) {
      if (entries.size >= maxEntries) entries.clear();
      entries.set(value, { at: now(), claims });
    },
  };
}

const shared = globalThis as typeof globalThis & { sliptrackDecodedSessions?: ReturnType<typeof rememberDecodedSessions> };
const decoded = (shared.sliptrackDecodedSessions ??= rememberDecodedSessions());

/** What the request's session cookie says: no session, a verified user, or "ask Auth.js". */
export async function readSessionCookie(): Promise<{ kind: "none" } | { kind: "user"; id: string; email: string } | { kind: "unsure" }> {
  const jar = await cookies();
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  const name = SESSION_COOKIE_NAMES.find((n) => jar.has(n));
  if (!name) {
    const chunked = jar.getAll().some((c) => SESSION_COOKIE_NAMES.some((n) => c.name.startsWith(`${n}.`)));
    return chunked ? { kind: "unsure" } : { kind: "none" };
  }
  if (!secret) return { kind: "unsure" };
  const value = jar.get(name)!.value;
  let claims = decoded.get(value);
  if (!claims) {
    const token = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (!token || typeof token.uid !== "string" || typeof token.sv !== "number" || typeof token.email !== "string" || typeof token.exp !== "number") return { kind: "none" };
    claims = { uid: token.uid, sv: token.sv, email: token.email, exp: token.exp };
    decoded.set(value, claims);
  }
  if (claims.exp * 1000 <= Date.now()) return { kind: "none" };
  if (!(await isTokenCurrent({ uid: claims.uid, sv: claims.sv }, sessionVersions.load))) return { kind: "none" };
  return { kind: "user", id: claims.uid, email: claims.email };
}
