/**
 * Password reset by email against a real SMTP server (smtp-server from npm, on a local port):
 * the same answer for an address with and without an account (and mail only for the account);
 * the link points at PUBLIC_URL whatever Host the request claims; only an HMAC of its token is
 * stored; it works once, for an hour, the newest only; using it sets the password and ends every
 * session; a weak password is refused with its reason and the link keeps working.
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
// A stranger's request claims another host: the link must not follow it.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-sliptrack-peer": "198.51.100.40" }) }));

import { randomBytes } from "node:crypto";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { db } from "@/server/db";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { createPasswordReset, isResetLinkOpen } from "@/server/auth/password-reset";
import { requestPasswordResetAction, resetPasswordAction } from "@/server/auth/password-reset-actions";
import { redirectTarget } from "../helpers/next-stand-ins";
import { startSmtpInbox, subjectOf, type Mail } from "../helpers/smtp-inbox";

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

async function account(prefix: string) {
  const email = `${prefix}-${randomBytes(4).toString("hex")}@example.test`;
  const user = await db.user.create({ data: { email, passwordHash: await hashPassword("the-old-password-1") }, select: { id: true, sessionVersion: true } });
  return { ...user, email };
}

/** The link in a received mail. */
function linkIn(mail: Mail): string {
  const match = /https:\/\/[^\s]+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail.text);
  if (!match) throw new Error(`no link in ${mail.text}`);
  return match[0];
}

const tokenOf = (link: string) => link.split("/").at(-1)!;

describe("password reset by email", () => {
  it("answers the same with or without an account, and mails only the account", async () => {
    const user = await account("reset");
    const nobody = `nobody-${randomBytes(4).toString("hex")}@example.test`;
    const forUser = await requestPasswordResetAction(null, form({ locale: "en", email: user.email }));
    const forNobody = await requestPasswordResetAction(null, form({ locale: "en", email: nobody }));
    expect(forUser).toEqual({ ok: true, message: en.auth.reset.sent.replace("{email}", user.email), values: { email: user.email } });
    expect(forNobody).toEqual({ ok: true, message: en.auth.reset.sent.replace("{email}", nobody), values: { email: nobody } });
    expect(smtp.inbox).toHaveLength(1);
    expect(smtp.inbox[0]!.to).toEqual([user.email]);
    expect(subjectOf(smtp.inbox[0]!)).toBe(en.auth.reset.email.subject);
    // PUBLIC_URL, never the Host the request claimed.
    const link = linkIn(smtp.inbox[0]!);
    expect(link.startsWith("https://sliptrack.example.com/en/reset-password/")).toBe(true);
    expect(smtp.inbox[0]!.text).not.toContain("evil.example");
    // Only the keyed hash is stored.
    const rows = await db.passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(tokenOf(link));
  });

  it("writes the mail in the language the traveller asked in", async () => {
    const user = await account("zh");
    await requestPasswordResetAction(null, form({ locale: "zh-CN", email: user.email }));
    expect(smtp.inbox).toHaveLength(1);
    const link = linkIn(smtp.inbox[0]!);
    expect(link).toContain("/zh-CN/reset-password/");
    expect(subjectOf(smtp.inbox[0]!)).toBe(zhCN.auth.reset.email.subject);
  });

  it("sets the new password once, ends every session, and refuses the link afterwards", async () => {
    const user = await account("use");
    await requestPasswordResetAction(null, form({ locale: "en", email: user.email }));
    const token = tokenOf(linkIn(smtp.inbox[0]!));
    expect(await isResetLinkOpen(token)).toBe(true);

    const weak = await resetPasswordAction(null, form({ locale: "en", token, newPassword: "password" }));
    expect(weak?.ok).toBe(false);
    expect(weak?.fieldErrors?.newPassword).toEqual([en.auth.errors.passwordCommon]);
    expect(await isResetLinkOpen(token)).toBe(true);

    const done = await resetPasswordAction(null, form({ locale: "en", token, newPassword: "a brand new passphrase" })).catch((e: unknown) => e);
    expect(redirectTarget(done)).toBe("/en/sign-in?reset=1");
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(after.passwordHash, "a brand new passphrase")).toBe(true);
    expect(await verifyPassword(after.passwordHash, "the-old-password-1")).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);

    expect(await isResetLinkOpen(token)).toBe(false);
    const again = await resetPasswordAction(null, form({ locale: "zh-CN", token, newPassword: "another new passphrase" }));
    expect(again).toMatchObject({ ok: false, message: zhCN.errors.resetLinkInvalid });
  });

  it("keeps only the newest link working, and none past its hour", async () => {
    const user = await account("newest");
    await requestPasswordResetAction(null, form({ locale: "en", email: user.email }));
    await requestPasswordResetAction(null, form({ locale: "en", email: user.email }));
    expect(smtp.inbox).toHaveLength(2);
    const [older, newer] = smtp.inbox.map((m) => tokenOf(linkIn(m)));
    expect(await isResetLinkOpen(older!)).toBe(false);
    expect(await isResetLinkOpen(newer!)).toBe(true);

    const made = new Date(Date.now() - 61 * 60 * 1000);
    const stale = await createPasswordReset(user.email, "en", "https://sliptrack.example.com", made);
    expect(await isResetLinkOpen(tokenOf(stale!.url), new Date(made.getTime() + 59 * 60 * 1000))).toBe(true);
    expect(await isResetLinkOpen(tokenOf(stale!.url))).toBe(false);
    expect(await resetPasswordAction(null, form({ locale: "en", token: tokenOf(stale!.url), newPassword: "a brand new passphrase" }))).toMatchObject({ ok: false, message: en.errors.resetLinkInvalid });
  });

  it("refuses a malformed address with its reason and a made-up token as an invalid link", async () => {
    const bad = await requestPasswordResetAction(null, form({ locale: "en", email: "not-an-address" }));
    expect(bad?.fieldErrors?.email).toEqual([en.auth.errors.emailInvalid]);
    expect(await resetPasswordAction(null, form({ locale: "en", token: "x".repeat(43), newPassword: "a brand new passphrase" }))).toMatchObject({ ok: false, message: en.errors.resetLinkInvalid });
    expect(smtp.inbox).toHaveLength(0);
  });
});
