/**
 * Issue 14, "sign-up reveals which emails have accounts": with mail set up (a real SMTP server
 * from smtp-server on a local port), signing up with an address that has an account and with one
 * that has none answers the same words; the new address gets a confirmation link and no account
 * until it is used, the existing one a "someone tried to sign up" mail. Before this, the first
 * answered "an account with this email already exists".
 */
import { vi } from "vitest";

const smtpPort = vi.hoisted(() => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.EMAIL_FROM = "SlipTrack <no-reply@sliptrack.test>";
  process.env.PUBLIC_URL = "https://sliptrack.example.com";
  return port;
});

import "../helpers/test-environment";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("@/auth", async () => (await import("../helpers/next-stand-ins")).authStandIn);
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "evil.example", "x-sliptrack-peer": "198.51.100.41" }) }));

import { randomBytes } from "node:crypto";
import en from "@/messages/en.json";
import { db } from "@/server/db";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { confirmSignUpAction, signUpAction } from "@/server/auth/auth-actions";
import { isSignUpLinkOpen, requestSignUp, sweepExpiredSignUps } from "@/server/auth/confirm-sign-up";
import { redirectTarget } from "../helpers/next-stand-ins";
import { startSmtpInbox, type Mail } from "../helpers/smtp-inbox";

let smtp: Awaited<ReturnType<typeof startSmtpInbox>>;

beforeAll(async () => {
  smtp = await startSmtpInbox(smtpPort);
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.inbox.length = 0;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
const newEmail = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}@example.test`;
const tokenIn = (mail: Mail) => /\/sign-up\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? "";

describe("sign-up with mail set up", () => {
  it("answers the same for a taken and a free address; mails each what it needs; creates no account yet", async () => {
    const taken = newEmail("taken");
    await db.user.create({ data: { email: taken, passwordHash: await hashPassword("the owner's passphrase") } });
    const free = newEmail("free");
    const forTaken = await signUpAction(null, form({ locale: "en", email: taken, password: "a long enough passphrase" }));
    const forFree = await signUpAction(null, form({ locale: "en", email: free, password: "a long enough passphrase" }));
    expect(forTaken).toEqual({ ok: true, message: en.auth.signUpMail.sent.replace("{email}", taken), values: { email: taken } });
    expect(forFree).toEqual({ ok: true, message: en.auth.signUpMail.sent.replace("{email}", free), values: { email: free } });
    expect(await db.user.count({ where: { email: free } })).toBe(0);

    const toTaken = smtp.inbox.find((m) => m.to.includes(taken))!;
    const toFree = smtp.inbox.find((m) => m.to.includes(free))!;
    expect(toTaken.text).toContain("https://sliptrack.example.com/en/forgot-password");
    expect(tokenIn(toTaken)).toBe("");
    expect(tokenIn(toFree)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(toFree.text).toContain("https://sliptrack.example.com/en/sign-up/confirm/");
    expect(smtp.inbox.some((m) => m.text.includes("evil.example"))).toBe(false);
    // The owner's password is untouched; only an HMAC of the token is stored.
    const owner = await db.user.findUniqueOrThrow({ where: { email: taken }, select: { passwordHash: true } });
    expect(await verifyPassword(owner.passwordHash, "the owner's passphrase")).toBe(true);
    expect(JSON.stringify(await db.signUpRequest.findMany({ where: { email: free } }))).not.toContain(tokenIn(toFree));
  });

  it("creates the account once when the link is used, then the link stops", async () => {
    const email = newEmail("confirm");
    await signUpAction(null, form({ locale: "zh-CN", email, password: "a long enough passphrase" }));
    const token = tokenIn(smtp.inbox[0]!);
    expect(await isSignUpLinkOpen(token)).toBe(true);
    const done = await confirmSignUpAction(null, form({ locale: "zh-CN", token })).catch((e: unknown) => e);
    expect(redirectTarget(done)).toBe("/zh-CN/sign-in?created=1");
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true, locale: true, emailVerified: true } });
    expect(await verifyPassword(user.passwordHash, "a long enough passphrase")).toBe(true);
    expect(user.locale).toBe("zh-CN");
    expect(user.emailVerified).not.toBeNull();
    expect(await isSignUpLinkOpen(token)).toBe(false);
    expect(await confirmSignUpAction(null, form({ locale: "en", token }))).toMatchObject({ ok: false, message: en.errors.signUpLinkInvalid });
  });

  it("keeps only the newest link, none past its day, and sweeps the expired", async () => {
    const email = newEmail("newest");
    await signUpAction(null, form({ locale: "en", email, password: "a long enough passphrase" }));
    await signUpAction(null, form({ locale: "en", email, password: "a long enough passphrase" }));
    const [older, newer] = smtp.inbox.map(tokenIn);
    expect(await isSignUpLinkOpen(older!)).toBe(false);
    expect(await isSignUpLinkOpen(newer!)).toBe(true);

    const made = new Date(Date.now() - 25 * 3_600_000);
    const stale = await requestSignUp(newEmail("stale"), "a long enough passphrase", "en", "https://sliptrack.example.com", made);
    const staleToken = stale.url.split("/").at(-1)!;
    expect(await isSignUpLinkOpen(staleToken)).toBe(false);
    expect(await sweepExpiredSignUps()).toBeGreaterThanOrEqual(1);
    expect(await db.signUpRequest.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
  });

  it("refuses the link when the address got an account meanwhile", async () => {
    const email = newEmail("meanwhile");
    await signUpAction(null, form({ locale: "en", email, password: "a long enough passphrase" }));
    await db.user.create({ data: { email } });
    expect(await confirmSignUpAction(null, form({ locale: "en", token: tokenIn(smtp.inbox[0]!) }))).toMatchObject({ ok: false, message: en.errors.signUpLinkInvalid });
  });

  it("still refuses a weak password with its reason, before anything is sent", async () => {
    const weak = await signUpAction(null, form({ locale: "en", email: newEmail("weak"), password: "password" }));
    expect(weak?.fieldErrors?.password).toEqual([en.auth.errors.passwordCommon]);
    expect(smtp.inbox).toHaveLength(0);
  });
});
