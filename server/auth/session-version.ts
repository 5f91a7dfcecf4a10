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

/**
 * A short per-instance memory of session versions, so a page's several auth() calls and a
 * burst of requests do not each query the database. Revocation still reaches every instance
 * within `ttlMs`: a version is trusted for at most that long after it was read, and the
 * instance that bumps a version forgets it at once (`forget`). Lookups of one user that overlap
 * share one query.
 */
export function cacheSessionVersions(
  loadVersion: (userId: string) => Promise<number | null>,
  { ttlMs = 2_000, now = Date.now, maxEntries = 10_000 }: { ttlMs?: number; now?: () => number; maxEntries?: number } = {},
) {
  const entries = new Map<string, { at: number; version: Promise<number | null> }>();
  return {
    load(userId: string): Promise<number | null> {
      const hit = entries.get(userId);
      if (hit && now() - hit.at < ttlMs) return hit.version;
      if (entries.size >= maxEntries) entries.clear();
      const version = loadVersion(userId).catch((error: unknown) => {
        entries.delete(userId);
        throw error;
      });
      entries.set(userId, { at: now(), version });
      return version;
    },
    forget(userId: string): void {
      entries.delete(userId);
    },
  };
}
