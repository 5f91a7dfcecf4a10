/**
 * The client's address for per-address rate limits. Behind a trusted proxy (TRUST_PROXY=1) the
 * first X-Forwarded-For entry is the client; otherwise only the last hop — the address Next's
 * own server saw — is believed, so a client cannot dodge the limit by sending the header itself.
 */
import "server-only";
import { headers } from "next/headers";
import { env } from "@/env";

export function clientAddressFrom(h: Headers): string {
  const forwarded = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const address = env.TRUST_PROXY ? forwarded[0] : forwarded[forwarded.length - 1];
  return address || h.get("x-real-ip") || "unknown";
}

export async function getClientAddress(): Promise<string> {
  return clientAddressFrom(new Headers(await headers()));
}
