/**
 * Status emails: with SMTP configured, a recompute that moves a slip to "duplicate" mails the
 * traveller once, in their language; without SMTP nothing is sent. The SMTP transport is a
 * recording stand-in (no network).
 */
import "../helpers/test-environment";
import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

const smtp = vi.hoisted(() => ({ config: null as null | { url: string; from: string }, sent: [] as { to: string; subject: string; text: string; from: string }[] }));

vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("nodemailer", () => ({ createTransport: () => ({ sendMail: async (mail: (typeof smtp.sent)[number]) => void smtp.sent.push(mail) }) }));
vi.mock("@/env", async (importOriginal) => {
  const real = (await importOriginal()) as { env: Record<string, unknown> };
  return { env: new Proxy(real.env, { get: (target, key) => (key === "smtp" ? smtp.config : target[key as string]) }) };
});

import { db } from "@/server/db";
import { recomputeTracking } from "@/server/tracking/recompute";
import { createTestUser } from "../helpers/slip-fixtures";

async function chargedTwice(locale: string) {
  const user = await createTestUser("mail");
  await db.user.update({ where: { id: user.id }, data: { locale } });
  await db.slip.create({
    data: { userId: user.id, merchantName: "LAWSON SHIBUYA", country: "JP", localDateTime: "2025-03-14T18:05", timeZone: "Asia/Tokyo", amountMinor: 1280n, currency: "JPY", cardLast4: "4242", entryMode: "chip" },
  });
  for (let i = 0; i < 2; i += 1) {
    await db.issuerRecord.create({
      data: {
        userId: user.id, source: "statement", kind: "purchase", state: "posted", transactionDate: "2025-03-15", billedAmountMinor: 1280n,
        billedCurrency: "JPY", merchant: "LAWSON SHIBUYA", cardLast4: "4242", fingerprint: randomBytes(8).toString("hex"),
      },
    });
  }
  return user;
}

beforeEach(() => {
  smtp.sent.length = 0;
  smtp.config = null;
});

describe("status emails", () => {
  it("mails a double charge once, in the traveller's language, when SMTP is set", async () => {
    smtp.config = { url: "smtp://mail.example.test:587", from: "SlipTrack <no-reply@example.test>" };
    const user = await chargedTwice("zh-CN");
    await recomputeTracking(user.id, "2025-03-20");
    await recomputeTracking(user.id, "2025-03-20");
    expect(smtp.sent).toHaveLength(1);
    expect(smtp.sent[0]).toMatchObject({ to: user.email, from: "SlipTrack <no-reply@example.test>", subject: "SlipTrack：您的一笔付款有变化" });
    expect(smtp.sent[0]!.text).toContain("LAWSON SHIBUYA：可能被扣款两次");
  });

  it("sends nothing without SMTP, while the in-app notification is still written", async () => {
    const user = await chargedTwice("en");
    await recomputeTracking(user.id, "2025-03-20");
    expect(smtp.sent).toEqual([]);
    expect(await db.notification.count({ where: { userId: user.id, kind: "duplicate" } })).toBe(1);
  });
});
