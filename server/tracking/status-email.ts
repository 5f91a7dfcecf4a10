/**
 * Email for a status notification, only when SMTP_URL and EMAIL_FROM are both set (the same
 * switch as magic links, README "Configuration"); otherwise nothing is sent and nothing is
 * logged — the in-app notification is the record. Text only, in the traveller's language.
 */
import "server-only";
import { env } from "@/env";
import { routing } from "@/i18n/routing";
import { db } from "@/server/db";
import { sendTextMail } from "@/server/mail/send-mail";

export async function sendStatusEmails(userId: string, notified: readonly { slipId: string; kind: string }[]): Promise<number> {
  if (!env.smtp || notified.length === 0) return 0;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, locale: true } });
  if (!user) return 0;
  const slips = await db.slip.findMany({ where: { userId, id: { in: notified.map((n) => n.slipId) } }, select: { id: true, merchantName: true } });
  const merchants = new Map(slips.map((s) => [s.id, s.merchantName]));
  const locale = routing.locales.find((l) => l === user.locale) ?? routing.defaultLocale;
  // createTranslator over the messages (not next-intl/server): this also runs in the recompute's
  // worker thread, outside any request.
  const { createTranslator } = await import("next-intl");
  const messages = locale === "zh-CN" ? (await import("@/messages/zh-CN.json")).default : (await import("@/messages/en.json")).default;
  const t = createTranslator({ locale, messages, namespace: "notifications" });
  const lines = notified.map((n) => t(n.kind === "duplicate" ? "kind.duplicate" : "kind.posted", { merchant: merchants.get(n.slipId) ?? "" }));
  return (await sendTextMail({ to: user.email, subject: t("email.subject"), text: [...lines, "", t("email.footer")].join("\n") })) ? 1 : 0;
}
