/**
 * Issue 14: a common password is refused on sign-up and on password change, with its reason,
 * and no account is created. Before the check, "password" and "12345678" were accepted.
 */
import "../helpers/test-environment";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("@/auth", async () => (await import("../helpers/next-stand-ins")).authStandIn);
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sliptrack-peer": "198.51.100.23" }) }));

import { randomBytes } from "node:crypto";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { db } from "@/server/db";
import { changePasswordAction, signUpAction } from "@/server/auth/auth-actions";
import { hashPassword } from "@/server/auth/password";
import { signedIn } from "../helpers/next-stand-ins";

afterEach(() => {
  signedIn.user = null;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe("common passwords", () => {
  it.each(["password", "12345678", "qwertyui"])("sign-up with %s is refused with the reason, in both languages", async (password) => {
    const email = `common-${randomBytes(4).toString("hex")}@example.test`;
    const english = await signUpAction({ ok: false }, form({ email, password, locale: "en" }));
    expect(english?.ok).toBe(false);
    expect(JSON.stringify(english?.fieldErrors)).toContain(en.auth.errors.passwordCommon);
    const chinese = await signUpAction({ ok: false }, form({ email, password, locale: "zh-CN" }));
    expect(JSON.stringify(chinese?.fieldErrors)).toContain(zhCN.auth.errors.passwordCommon);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("a password change to a common password is refused and the old one still stands", async () => {
    const user = await db.user.create({ data: { email: `change-${randomBytes(4).toString("hex")}@example.test`, passwordHash: await hashPassword("old-long-password") }, select: { id: true, email: true, passwordHash: true } });
    signedIn.user = { id: user.id, email: user.email };
    const answer = await changePasswordAction({ ok: false }, form({ currentPassword: "old-long-password", newPassword: "iloveyou1", locale: "en" }));
    expect(answer?.ok).toBe(false);
    expect(JSON.stringify(answer?.fieldErrors)).toContain(en.auth.errors.passwordCommon);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash).toBe(user.passwordHash);
  });
});
