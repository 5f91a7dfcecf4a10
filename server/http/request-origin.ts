/**
 * This site's address as the current request reached it, for links a user copies elsewhere (an
 * issuer feed's URL, a share link). Forwarded headers count only behind a trusted proxy.
 */
import "server-only";
import { headers } from "next/headers";
import { env } from "@/env";

export async function readOrigin(): Promise<string> {
  const h = await headers();
  const host = (env.TRUST_PROXY ? h.get("x-forwarded-host")?.split(",")[0]?.trim() : null) || h.get("host") || "localhost";
  const proto = (env.TRUST_PROXY ? h.get("x-forwarded-proto")?.split(",")[0]?.trim() : null) || "http";
  return `${proto}://${host}`;
}
