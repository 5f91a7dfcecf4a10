/**
 * Reading the session cookie without Auth.js's full round trip (issue 13: every auth() decrypted
 * the cookie and encrypted a fresh token, 2–5 ms of CPU per request, for a session that is only
 * read). A cookie value that decrypted once is remembered here for up to a minute, by its exact
 * value; each use still checks what auth.ts's jwt callback checks — the token's expiry and its
 * session version (server/auth/session-versions.ts, 2 s per instance) — so sign-out, a password
 * change or deletion revoke a remembered cookie as fast as one decrypted afresh. A value never
 * seen is decrypted with Auth.js's own `decode` (same secret, same salt: the cookie's name).
 * Anything unusual — a chunked cookie, no secret in the environment — goes through auth().
 *
 * Only the cookie name Auth.js itself would read is read: `__Secure-authjs.session-token` when the
 * request is HTTPS, the plain name otherwise. Auth.js decides that from AUTH_URL (or NEXTAUTH_URL)
 * when set, else from `x-forwarded-proto` (which Next.js's server always sets), defaulting to
 * HTTPS — `sessionCookieName` below follows the same order, so a plain-named cookie planted on an
 * HTTPS origin (e.g. by a sibling subdomain, which `__Secure-` names prevent over HTTP) is ignored
 * here exactly as Auth.js ignores it.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { isTokenCurrent } from "@/server/auth/session-version";
import { sessionVersions } from "@/server/auth/session-versions";

export const SESSION_COOKIE_NAMES = { secure: "__Secure-authjs.session-token", plain: "authjs.session-token" } as const;

/** The session cookie's name for a request, as Auth.js's createActionURL + defaultCookies pick it. */
export function sessionCookieName(env: { AUTH_URL?: string; NEXTAUTH_URL?: string }, forwardedProto: string | null): string {
  const envUrl = env.AUTH_URL ?? env.NEXTAUTH_URL;
  let protocol: string;
  if (envUrl) {
    try {
      protocol = new URL(envUrl).protocol;
    } catch {
      protocol = "https:";
    }
  } else {
    const detected = forwardedProto ?? "https";
    protocol = detected.endsWith(":") ? detected : `${detected}:`;
  }
  return protocol === "https:" ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.plain;
}

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
  const name = sessionCookieName({ AUTH_URL: process.env.AUTH_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL }, (await headers()).get("x-forwarded-proto"));
  if (!jar.has(name)) {
    const chunked = jar.getAll().some((c) => c.name.startsWith(`${name}.`));
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
