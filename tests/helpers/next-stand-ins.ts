/**
 * Stand-ins for the parts of Next.js and Auth.js that only exist inside a running Next server,
 * so that pages, route handlers and server actions can be called as plain functions in Vitest.
 * Used from vi.mock factories in the test files (vi.mock itself must sit in the test file).
 * The session is whatever `signedIn.user` says; translations are the real message files.
 */
import { createFormatter, createTranslator } from "next-intl";
import { redirect } from "next/navigation";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { AppError } from "@/server/errors";

export type TestUser = { id: string; email: string };

export const signedIn: { user: TestUser | null } = { user: null };

export const sessionStandIn = {
  getCurrentUser: async () => signedIn.user,
  requireUser: async () => {
    if (!signedIn.user) throw new AppError("unauthorized");
    return signedIn.user;
  },
  requireUserForPage: async (locale: string, returnTo: string) => {
    if (!signedIn.user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(returnTo)}`);
    return signedIn.user;
  },
};

export const intlServerStandIn = {
  getTranslations: async (options: { locale: string; namespace?: string }) =>
    createTranslator({ locale: options.locale, messages: options.locale === "zh-CN" ? zhCN : en, namespace: options.namespace as never }),
  getMessages: async (options: { locale: string }) => (options.locale === "zh-CN" ? zhCN : en),
  getFormatter: async (options: { locale: string }) => createFormatter({ locale: options.locale, timeZone: "UTC" }),
  setRequestLocale: () => undefined,
  getLocale: async () => "en",
};

export const authStandIn = {
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async ({ redirectTo }: { redirectTo: string }) => redirect(redirectTo),
  enabledProviders: { github: false, google: false, email: false },
  RateLimitedSignin: class extends Error {},
};

/** Next's notFound() throws an error carrying this digest; pages answer 404 with it. */
export function isNotFound(error: unknown): boolean {
  return typeof (error as { digest?: unknown })?.digest === "string" && (error as { digest: string }).digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
}

export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown })?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? null;
}
