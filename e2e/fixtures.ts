/**
 * Shared e2e fixtures. `user` creates a fresh account in the test database (random readable
 * email, so specs run in parallel) and signs the browser in through Auth.js's own endpoint,
 * not the UI — one spec (auth.spec.ts) covers the UI sign-in.
 */
import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { connect } from "../prisma/factories/client";
import { createUser } from "../prisma/factories/user";

export type TestUser = { email: string; password: string };

let client: ReturnType<typeof connect> | null = null;
export function testDb() {
  client ??= connect();
  return client;
}

/**
 * A secret token's stored hash, made as server/crypto/secret-token.ts makes it under the AUTH_SECRET
 * the e2e server runs with: lets a spec plant an emailed link (reset, sign-up) without a mail server.
 */
export function hashSecretToken(purpose: "password-reset-token/v1" | "sign-up-token/v1", token: string): string {
  const key = Buffer.from(hkdfSync("sha256", process.env.AUTH_SECRET || "sliptrack-development-only", "sliptrack", purpose, 32));
  return createHmac("sha256", key).update(token, "utf8").digest("base64url");
}

export function randomEmail(prefix = "traveller") {
  return `${prefix}-${randomBytes(4).toString("hex")}@example.test`;
}

export async function signInViaApi(request: APIRequestContext, user: TestUser) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, callbackUrl: "/en" },
    maxRedirects: 0,
  });
  expect(response.status(), "credentials sign-in redirects").toBe(302);
  expect(response.headers()["location"] ?? "").not.toContain("error");
}

/**
 * Every page of every spec runs under the production Content-Security-Policy (proxy.ts): a script
 * the policy refused — one of Next's own inline scripts without its nonce or hash, say — would
 * leave the page dead without failing a click, so any CSP report in the console fails the test.
 */
export const test = base.extend<{ user: TestUser }>({
  page: async ({ page }, use) => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await use(page);
    expect(refused, "the Content-Security-Policy refused nothing").toEqual([]);
  },
  user: async ({ page }, use) => {
    const user = { email: randomEmail(), password: `pw-${randomBytes(6).toString("hex")}` };
    await createUser(testDb(), user);
    await signInViaApi(page.request, user);
    await use(user);
  },
});

export { expect };
