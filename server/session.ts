/**
 * Who is signed in. Every query and action calls one of these beside the data it touches;
 * proxy.ts is never trusted for access control. auth() runs the session-version check of
 * auth.ts on every call, so a revoked cookie yields no user here.
 */
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { readSessionCookie } from "@/server/auth/session-cookie";
import { AppError } from "@/server/errors";

export type CurrentUser = { id: string; email: string };

/**
 * Once per request (React's cache): the header, the page and its queries all ask. The cookie is
 * read by server/auth/session-cookie.ts (decrypted once per value, checked against its expiry
 * and session version on every request); only an unusual cookie takes Auth.js's own auth().
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const cookie = await readSessionCookie();
  if (cookie.kind === "none") return null;
  if (cookie.kind === "user") return { id: cookie.id, email: cookie.email };
  const session = await auth();
  const id = session?.user?.id;
  const email = session?.user?.email;
  return id && email ? { id, email } : null;
});

/** For actions and route handlers: throws AppError("unauthorized") when signed out. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized");
  return user;
}

/** For pages: sends a signed-out visitor to sign in and back here afterwards. */
export async function requireUserForPage(locale: string, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}
