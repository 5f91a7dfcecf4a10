/**
 * One Origin check for every state change (issue 14): route handlers under /api and server
 * actions (which post to page paths) both pass through proxy.ts, which calls this. A state
 * change is accepted only from this site itself: `Sec-Fetch-Site: same-origin`, or an `Origin`
 * whose host is the request's host. A page on another port or subdomain of the same host is
 * "same-site", not same-origin, and is refused; a state change with neither header (a forged
 * request from an old browser, a script without one) is refused too — API clients send Origin.
 * Two paths bring their own proof instead: the issuer feed (signed webhooks from a bank's
 * servers, docs/issuer-feed.md) and Auth.js's endpoints (its double-submit CSRF token).
 */
// No `import "server-only"` here: proxy.ts imports this, and the proxy bundle is not built with
// the react-server condition that makes that guard a no-op. It holds nothing secret.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const OWN_PROOF = [/^\/api\/issuer\/events\//, /^\/api\/auth\//];

export type OriginVerdict = { allowed: true } | { allowed: false; reason: "crossSite" | "missingOrigin" };

export function checkSameOrigin(method: string, pathname: string, headers: Headers, trustProxy = false): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { allowed: true };
  if (OWN_PROOF.some((pattern) => pattern.test(pathname))) return { allowed: true };
  const site = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  if (site && site !== "same-origin") return { allowed: false, reason: "crossSite" };
  if (!origin || origin === "null") return site === "same-origin" ? { allowed: true } : { allowed: false, reason: "missingOrigin" };
  const host = (trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : null) || headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { allowed: false, reason: "crossSite" };
  }
  return host && originHost.toLowerCase() === host.toLowerCase() ? { allowed: true } : { allowed: false, reason: "crossSite" };
}
