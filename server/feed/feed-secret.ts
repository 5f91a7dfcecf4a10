/**
 * Issuer-feed secrets. A feed's secret must be readable again to verify each request's HMAC,
 * so it cannot be hashed like a password: it is kept AES-256-GCM-encrypted under a key derived
 * (HKDF-SHA256) from AUTH_SECRET, so a copy of the database alone does not let anyone forge
 * events. Changing AUTH_SECRET makes stored feed secrets unreadable: rotate each feed's secret
 * afterwards (docs/issuer-feed.md). Secrets look as Standard Webhooks expects: "whsec_" +
 * base64 of 32 random bytes.
 */
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/env";

const VERSION = "v1";

function encryptionKey(): Buffer {
  const secret = env.AUTH_SECRET;
  if (!secret && env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required to store issuer-feed secrets");
  // Development and tests only (never production, see above): a fixed key.
  return Buffer.from(hkdfSync("sha256", secret || "sliptrack-development-only", "sliptrack", "issuer-feed-secret/v1", 32));
}

export function newFeedSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export function encryptFeedSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
}

/** null when the text was not made with the current key (AUTH_SECRET changed) or was altered. */
export function decryptFeedSecret(stored: string): string | null {
  const [version, payload] = stored.split(".");
  if (version !== VERSION || !payload) return null;
  const bytes = Buffer.from(payload, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
