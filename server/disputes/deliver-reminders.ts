/**
 * The daily reminders job (run by server/scheduler): for every slip whose dispute deadline,
 * follow-up, hold drop or "check again" date has come, an in-app notification — and an email
 * when SMTP is set — once. The reminders are planned by domain/disputes (planReminders, with
 * stable ids); a reminder is claimed by inserting its id into ReminderSent in the same
 * transaction as its notification, so however many instances run this job at once, each
 * reminder is delivered exactly once. Reminders dated up to CATCH_UP_DAYS back are still
 * delivered (a day the scheduler did not run, a record imported late); older ones are not.
 */
import "server-only";
import { addDays } from "@/domain/calendar";
import { planReminders, renderReminders, type Reminder } from "@/domain/disputes";
import { routing } from "@/i18n/routing";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/errors";
import { logger } from "@/server/logger";
import { sendTextMail } from "@/server/mail/send-mail";
import { todayIso } from "@/server/tracking/recompute";
import { disputeTranslator, getDisputeContextForUser, letterLanguage } from "./dispute-queries";

export const CATCH_UP_DAYS = 2;
/** Slips older than this have no reminder left: network deadlines end within 120 days of posting, holds within 30. */
const SLIP_WINDOW_DAYS = 400;
const PAGE = 200;

/** Delivers every reminder due on `now`'s day (or up to CATCH_UP_DAYS before); the number delivered. */
export async function deliverDueReminders(now = new Date()): Promise<number> {
  const today = todayIso(now);
  const since = addDays(today, -SLIP_WINDOW_DAYS);
  let delivered = 0;
  let cursor: string | undefined;
  for (;;) {
    const slips = await db.slip.findMany({
      where: { localDateTime: { gte: since }, tracking: { isNot: null }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true, userId: true }, orderBy: { id: "asc" }, take: PAGE,
    });
    for (const slip of slips) {
      try {
        delivered += await deliverForSlip(slip.userId, slip.id, today);
      } catch (err) {
        logger.error({ err }, "reminders for a slip failed");
      }
    }
    if (slips.length < PAGE) return delivered;
    cursor = slips.at(-1)!.id;
  }
}

async function deliverForSlip(userId: string, slipId: string, today: string): Promise<number> {
  const context = await getDisputeContextForUser(userId, slipId, today, { waitForTracking: false });
  if (!context) return 0;
  const due = planReminders({ slipId, nextStep: context.nextStep, findings: context.findings, today: addDays(today, -CATCH_UP_DAYS), dispute: context.progress })
    .filter((r) => r.date <= today);
  let delivered = 0;
  for (const reminder of due) {
    if (!(await claim(userId, reminder))) continue;
    delivered += 1;
    await emailReminder(userId, reminder, context.input.slip).catch((err: unknown) => logger.warn({ err }, "reminder mail failed"));
  }
  return delivered;
}

/** Records the reminder and its notification together; false when another run already did. */
async function claim(userId: string, reminder: Reminder): Promise<boolean> {
  try {
    await db.$transaction([
      db.reminderSent.create({ data: { userId, slipId: reminder.slipId, reminderId: reminder.id, kind: reminder.kind, dueOn: reminder.date } }),
      db.notification.create({ data: { userId, slipId: reminder.slipId, kind: `reminder.${reminder.kind}`, dueOn: reminder.date } }),
    ]);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

async function emailReminder(userId: string, reminder: Reminder, slip: Parameters<typeof renderReminders>[0]["slip"]): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, locale: true } });
  if (!user) return;
  const lang = letterLanguage(routing.locales.find((l) => l === user.locale) ?? routing.defaultLocale);
  const t = disputeTranslator(lang);
  const [event] = renderReminders({ reminders: [reminder], slip, lang, t });
  if (!event) return;
  await sendTextMail({ to: user.email, subject: t("reminder.emailSubject", { summary: event.summary }), text: [event.description, "", t("reminder.emailFooter")].join("\n") });
}
