/**
 * Share-link tokens (docs/sharing.md): secret tokens of their own purpose
 * (server/crypto/secret-token.ts) — only the keyed hash is stored.
 */
import "server-only";
import { hashSecretToken, newSecretToken } from "@/server/crypto/secret-token";

export const newShareToken = newSecretToken;

export function hashShareToken(token: string): string {
  return hashSecretToken("share-link-token/v1", token);
}
