/**
 * Session revocation for stateless JWT sessions. Each token carries the user's session version
 * from when it was issued; sign-out and password change bump the stored version, so every
 * earlier token — including a copied cookie on another device — stops working on its next use.
 * Kept free of Next.js so it can be unit-tested with an injected loader.
 */

export type SessionClaims = Record<string, unknown>;

/** True when the token names a user that still exists and was issued at the current version. */
export async function isTokenCurrent(
  claims: SessionClaims,
  loadVersion: (userId: string) => Promise<number | null>,
): Promise<boolean> {
  if (typeof claims.uid !== "string" || typeof claims.sv !== "number") return false;
  const current = await loadVersion(claims.uid);
  return current !== null && current === claims.sv;
}
