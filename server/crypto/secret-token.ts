/**
 * Tokens that are a permission in themselves — a share link's, a password reset's. Each is 32
 * random bytes (base64url, 43 characters); the database keeps only HMAC-SHA256 of it under a
 * key derived (HKDF) from AUTH_SECRET, one key per purpose. So a token cannot be guessed (256
 * bits), a copy of the database opens nothing and cannot test guesses offline, and a token is
 * looked up by its keyed hash in one indexed read. Changing AUTH_SECRET voids every token.
 */
import "server-only";
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/env";

export type TokenPurpose = "share-link-token/v1" | "password-reset-token/v1" | "sign-up-token/v1";

const keys = new Map<TokenPurpose, Buffer>();

function keyFor(purpose: TokenPurpose): Buffer {
  const known = keys.get(purpose);
  if (known) return known;
  const secret = env.AUTH_SECRET;
  if (!secret && env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required for secret tokens");
  // Development and tests only (never production, see above): a fixed key.
  const key = Buffer.from(hkdfSync("sha256", secret || "sliptrack-development-only", "sliptrack", purpose, 32));
  keys.set(purpose, key);
  return key;
}

/** 32 random bytes in base64url: matches /^[A-Za-z0-9_-]{43}$/. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecretToken(purpose: TokenPurpose, token: string): string {
  return createHmac("sha256", keyFor(purpose)).update(token, "utf8").digest("base64url");
}
