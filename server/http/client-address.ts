/**
 * The client's address for per-address rate limits. server.mjs writes the socket's own peer
 * address into `x-sliptrack-peer` on every request (replacing whatever a client sent), so a
 * forged X-Forwarded-For changes nothing. Only when TRUST_PROXY names how many reverse proxies
 * stand in front of the app is X-Forwarded-For read: the entry that many hops from its end is
 * the one the outermost trusted proxy saw.
 */
import "server-only";
import { headers } from "next/headers";
import { env } from "@/env";

export const PEER_HEADER = "x-sliptrack-peer";

export function clientAddressFrom(h: Headers, trustedHops: number = env.TRUST_PROXY): string {
  const peer = h.get(PEER_HEADER)?.trim() || "";
  if (trustedHops > 0) {
    const forwarded = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const address = forwarded[forwarded.length - trustedHops];
    if (address) return address;
  }
  return peer || "unknown";
}

export async function getClientAddress(): Promise<string> {
  return clientAddressFrom(new Headers(await headers()));
}
