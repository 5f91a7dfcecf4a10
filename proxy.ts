/**
 * Two jobs, both before any route runs. (1) The Origin check for every state change — route
 * handlers and server actions alike (server/http/same-origin.ts): a POST, PUT, PATCH or DELETE
 * from anywhere but this site is refused with 403 and a translated message. (2) Locale routing
 * for pages: /en or /zh-CN from the path, then the cookie, then Accept-Language. It is not the
 * access check — every read and write checks the signed-in user beside the data
 * (server/session.ts). (3) The page's Content-Security-Policy (server/http/content-security-policy.ts):
 * a per-request nonce, put on the request too so Next.js writes it onto every script it renders,
 * or the build's script hashes for a prerendered page.
 */
import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { checkSameOrigin } from "./server/http/same-origin";
import { policyForPage, staticScriptHashes } from "./server/http/content-security-policy";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";

const intl = createMiddleware(routing);
const trustProxy = Boolean(process.env.TRUST_PROXY && process.env.TRUST_PROXY !== "0");
const dev = process.env.NODE_ENV === "development";

function refusalMessage(request: NextRequest): string {
  const path = request.nextUrl.pathname;
  const language = request.headers.get("accept-language") ?? "";
  const isChinese = path.startsWith("/zh-CN") || (!path.startsWith("/en") && /^\s*zh/i.test(language));
  return (isChinese ? zh : en).errors.crossOrigin;
}

export default function proxy(request: NextRequest) {
  const verdict = checkSameOrigin(request.method, request.nextUrl.pathname, request.headers, trustProxy);
  if (!verdict.allowed) {
    const message = refusalMessage(request);
    if (request.nextUrl.pathname.startsWith("/api/")) {
      return NextResponse.json({ error: { code: "crossOrigin", message } }, { status: 403, headers: { "Cache-Control": "private, no-store" } });
    }
    return new NextResponse(message, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const { policy, nonce } = policyForPage(request.nextUrl.pathname, dev ? {} : staticScriptHashes(), dev);
  let forwarded = request;
  if (nonce) {
    // Next.js takes the nonce from the request's CSP header; next-intl forwards these headers.
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    forwarded = new NextRequest(request, { headers });
  }
  const response = intl(forwarded);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next|_vercel|.*\\..*).*)"],
};
