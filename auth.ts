/**
 * Auth.js (next-auth v5). Email + password through the Credentials provider, with JWT sessions
 * that carry a per-user session version (server/auth/session-version.ts) so sign-out and password
 * changes revoke every copy of the cookie. GitHub, Google and email magic links switch on only
 * when their variables are configured (README "Configuration").
 */
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { CredentialsSignin } from "next-auth";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { z } from "zod";
import { db } from "@/server/db";
import { env } from "@/env";
import { verifyPassword } from "@/server/auth/password";
import { isTokenCurrent } from "@/server/auth/session-version";
import { sessionVersions } from "@/server/auth/session-versions";
import { hitRateLimit } from "@/server/http/rate-limit";
import { noteSignInFailure, noteSignInSuccess, signInGate } from "@/server/auth/sign-in-throttle";
import { clientAddressFrom } from "@/server/http/client-address";

/** Thrown by authorize when an account or address has tried too often; the action shows rateLimited. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

function buildProviders(): Provider[] {
  const providers: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      // Limits live here, not in the form's action, so that the raw Auth.js endpoint
      // (POST /api/auth/callback/credentials) is throttled exactly like the form.
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const address = clientAddressFrom(request.headers);
        const byAddress = await hitRateLimit(`signin:ip:${address}`, env.RATE_LIMIT_SIGNIN_PER_IP, SIGN_IN_WINDOW_MS);
        if (!byAddress.allowed) throw new RateLimitedSignin();
        // Failures slow down this address for this account only (server/auth/sign-in-throttle.ts).
        if (!(await signInGate(parsed.data.email, address)).allowed) throw new RateLimitedSignin();
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
        });
        // verifyPassword spends the same time whether or not the account exists.
        const ok = await verifyPassword(user?.passwordHash, parsed.data.password);
        if (!user || !ok) {
          await noteSignInFailure(parsed.data.email, address);
          return null;
        }
        await noteSignInSuccess(parsed.data.email, address);
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ];
  if (env.github) providers.push(GitHub(env.github));
  if (env.google) providers.push(Google(env.google));
  if (env.smtp) providers.push(Nodemailer({ server: env.smtp.url, from: env.smtp.from }));
  return providers;
}

// Session versions are remembered for 2 s per instance (server/auth/session-versions.ts): a
// sign-out, password change or account deletion on any instance takes effect everywhere within
// 2 s, and at once on the instance that made it.
export { forgetSessionVersion } from "@/server/auth/session-versions";

export const authConfig = {
  adapter: PrismaAdapter(db),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: buildProviders(),
  pages: { signIn: "/en/sign-in", verifyRequest: "/en/sign-in?check-email=1", error: "/en/sign-in" },
  events: {
    // Auth.js's own POST /api/auth/signout ends this cookie only; bumping the version revokes
    // every copy of it too, as the app's sign-out action does.
    async signOut(message) {
      const uid = "token" in message ? message.token?.uid : undefined;
      if (typeof uid !== "string") return;
      await db.user.updateMany({ where: { id: uid }, data: { sessionVersion: { increment: 1 } } });
      sessionVersions.forget(uid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      }
      return (await isTokenCurrent(token, sessionVersions.load)) ? token : null;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);

export const enabledProviders = {
  github: Boolean(env.github),
  google: Boolean(env.google),
  email: Boolean(env.smtp),
};
