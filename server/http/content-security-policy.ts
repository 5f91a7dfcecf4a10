/**
 * The Content-Security-Policy of every page (issue 14), set by proxy.ts.
 *
 * Scripts run only from this origin ('self': the build's /_next/static chunks) or inline when the
 * page itself vouches for them: a page rendered per request carries a fresh nonce, which Next.js
 * reads from the request's own CSP header and writes onto every script it emits; a page
 * prerendered at build time (the offline pages the service worker keeps) cannot carry a nonce,
 * so its inline scripts are allowed by their SHA-256 hashes, computed from the built HTML right
 * after `next build` (scripts/csp-hashes.mjs) and read here once. A script injected into a page
 * — an XSS payload in any field — has neither, and the browser refuses to run it.
 *
 * Not restricted, knowingly: inline *styles* ('unsafe-inline' — React writes style attributes,
 * and a style cannot run code) and `form-action` (browsers apply it to the redirects that follow
 * a form post, which would stop OAuth sign-in on its way to the provider).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type StaticScriptHashes = Readonly<Record<string, readonly string[]>>;

/** The file scripts/csp-hashes.mjs writes into the build: `{ "/en/offline": ["sha256-…"], … }`. */
export const STATIC_SCRIPT_HASHES_FILE = "sliptrack-csp-hashes.json";

/** A 128-bit nonce, base64 — new for every page request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface PolicyInput {
  /** The per-request nonce of a rendered page. */
  nonce?: string;
  /** Hash sources ('sha256-…') of a prerendered page's inline scripts. */
  hashes?: readonly string[];
  /** `next dev` evaluates its modules (React refresh): allowed there only. */
  dev?: boolean;
}

export function contentSecurityPolicy({ nonce, hashes = [], dev = false }: PolicyInput): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((h) => `'${h}'`), ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    // Photo previews are blob: URLs; small inline icons may be data: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

let loaded: StaticScriptHashes | undefined;

/** The production build's hashes by prerendered path (`next dev` renders every page, with a nonce). */
export function staticScriptHashes(): StaticScriptHashes {
  if (loaded) return loaded;
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", STATIC_SCRIPT_HASHES_FILE);
  try {
    loaded = JSON.parse(readFileSync(file, "utf8")) as StaticScriptHashes;
  } catch {
    loaded = {};
  }
  return loaded;
}

/** The policy of one page request: hashes when the path was prerendered, a nonce otherwise. */
export function policyForPage(pathname: string, table: StaticScriptHashes, dev: boolean): { policy: string; nonce?: string } {
  const hashes = table[pathname.replace(/\/$/, "") || "/"];
  if (hashes) return { policy: contentSecurityPolicy({ hashes, dev }) };
  const nonce = newNonce();
  return { policy: contentSecurityPolicy({ nonce, hashes: table["/_global-error"] ?? [], dev }), nonce };
}
