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

describe("failed sign-ins slow the address that fails, not the owner", () => {
  it("ten failures from one address make that address wait, growing; another address signs in at once", async () => {
    const { noteSignInFailure, noteSignInSuccess, signInGate } = await import("@/server/auth/sign-in-throttle");
    const email = `lock-${randomBytes(4).toString("hex")}@example.test`;
    const t0 = new Date("2026-12-01T10:00:00Z");
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    for (let i = 0; i < 9; i += 1) await noteSignInFailure(email, "203.0.113.7", at(i));
    expect(await signInGate(email, "203.0.113.7", at(9))).toEqual({ allowed: true });
    await noteSignInFailure(email, "203.0.113.7", at(10));
    // The 10th failure: one minute from the last one.
    expect(await signInGate(email, "203.0.113.7", at(11))).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(await signInGate(email, "198.51.100.4", at(11))).toEqual({ allowed: true });
    expect(await signInGate(email, "203.0.113.7", at(70))).toEqual({ allowed: true });
    await noteSignInFailure(email, "203.0.113.7", at(70));
    // The 11th: two minutes.
    expect(await signInGate(email, "203.0.113.7", at(71))).toEqual({ allowed: false, retryAfterSeconds: 119 });
    for (let i = 0; i < 10; i += 1) await noteSignInFailure(email, "203.0.113.7", at(200 + i));
    // Never more than 15 minutes.
    expect(await signInGate(email, "203.0.113.7", at(210))).toEqual({ allowed: false, retryAfterSeconds: 899 }); // last failure at 209 s
    // A right password resets the count for that address.
    await noteSignInSuccess(email, "203.0.113.7");
    expect(await signInGate(email, "203.0.113.7", at(211))).toEqual({ allowed: true });
    // No email in the table: the account part of the key is a hash.
    expect(await db.rateLimit.count({ where: { key: { contains: email } } })).toBe(0);
  });
});

describe("a short password gets one reason", () => {
  it("'short' is refused as too short only, not as common too", async () => {
    const answer = await signUpAction({ ok: false }, form({ email: `short-${randomBytes(4).toString("hex")}@example.test`, password: "short", locale: "en" }));
    expect(answer?.fieldErrors?.password).toEqual([en.auth.errors.passwordTooShort]);
  });
});

describe("rate-limit keys hold no email address", () => {
  it("a sign-up attempt counts under a hashed key", async () => {
    const email = `keys-${randomBytes(4).toString("hex")}@example.test`;
    await signUpAction({ ok: false }, form({ email, password: "short", locale: "en" }));
    await signUpAction({ ok: false }, form({ email, password: "a long enough passphrase", locale: "en" })).catch(() => undefined);
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((key) => key.startsWith("signup:account:"))).toBe(true);
    expect(keys.filter((key) => key.includes("@"))).toEqual([]);
  });
});
