/**
 * Share-link tokens. A link carries 32 random bytes (base64url, 43 characters); the database
 * keeps only HMAC-SHA256 of the token under a key derived (HKDF) from AUTH_SECRET. So a link
 * cannot be guessed (256 bits), a copy of the database cannot open any link or test guesses
 * offline, and a token is looked up by its keyed hash in one indexed read. Changing AUTH_SECRET
 * closes every link (docs/sharing.md).
 */
import "server-only";
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/env";

let key: Buffer | null = null;

function hashKey(): Buffer {
  if (key) return key;
  const secret = env.AUTH_SECRET;
  if (!secret && env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required for share links");
  // Development and tests only (never production, see above): a fixed key.
  key = Buffer.from(hkdfSync("sha256", secret || "sliptrack-development-only", "sliptrack", "share-link-token/v1", 32));
  return key;
}

export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashShareToken(token: string): string {
  return createHmac("sha256", hashKey()).update(token, "utf8").digest("base64url");
}
