/**
 * The reminders job against a real SMTP server (smtp-server on a local port): a due reminder is
 * one in-app notification and one email in the traveller's language, and running the job again
 * that day sends nothing more.
 */
import { vi } from "vitest";

const smtpPort = vi.hoisted(() => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.EMAIL_FROM = "SlipTrack <no-reply@sliptrack.test>";
  return port;
});

import "../helpers/test-environment";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { deliverDueReminders } from "@/server/disputes/deliver-reminders";
import { getDisputeContextForUser } from "@/server/disputes/dispute-queries";
import { createSlip } from "@/server/slips/slip-writes";
import { recomputeTracking, todayIso } from "@/server/tracking/recompute";
import { createTestUser, slipFields } from "../helpers/slip-fixtures";
import { startSmtpInbox, subjectOf } from "../helpers/smtp-inbox";
import { addDoubleCharge } from "../helpers/double-charge";

let smtp: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeAll(async () => {
  smtp = await startSmtpInbox(smtpPort);
});
afterAll(async () => smtp.close());

const daysAgo = (n: number) => todayIso(new Date(Date.now() - n * 86_400_000));
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe("deliverDueReminders with SMTP set", () => {
  it("sends a due reminder once, in the traveller's language", async () => {
    const user = await createTestUser("reminder-mail");
    await db.user.update({ where: { id: user.id }, data: { locale: "zh-CN" } });
    const { id: slipId } = await createSlip(user.id, { raw: slipFields({ localDateTime: `${daysAgo(10)}T18:05` }), uploads: [], locale: "zh-CN" });
    await addDoubleCharge(db, user.id);
    await recomputeTracking(user.id, todayIso());
    const deadline = (await getDisputeContextForUser(user.id, slipId))!.findings[0]!.deadline.deadline!;
    const soon = new Date(`${addDays(deadline, -7)}T00:01:00Z`);

    expect(await deliverDueReminders(new Date(`${addDays(deadline, -8)}T00:01:00Z`))).toBe(0);
    expect(await deliverDueReminders(soon)).toBe(1);
    expect(await deliverDueReminders(new Date(soon.getTime() + 3_600_000))).toBe(0);

    // (The status email of the double charge also goes to this address: only reminders are counted.)
    const reminders = () => smtp.inbox.filter((m) => m.to.includes(user.email) && subjectOf(m).startsWith("SlipTrack 提醒"));
    await expect.poll(() => reminders().length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reminders()).toHaveLength(1);
    const mail = reminders()[0]!;
    expect(subjectOf(mail)).toBe("SlipTrack 提醒：本周内对 LAWSON SHIBUYA 的扣款提出争议");
    expect(await db.notification.findMany({ where: { slipId, kind: { startsWith: "reminder." } }, select: { kind: true } })).toEqual([{ kind: "reminder.disputeSoon" }]);
  });
});
