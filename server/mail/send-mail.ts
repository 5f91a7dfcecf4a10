/**
 * The one way SlipTrack sends mail: a text message through SMTP_URL, from EMAIL_FROM, only when
 * both are set (env.smtp; README "Configuration"). nodemailer is loaded on first use: most
 * installs never send one. Status emails, password resets and sign-up confirmations go through it.
 */
import "server-only";
import { env } from "@/env";
import { logger } from "@/server/logger";

export type TextMail = { to: string; subject: string; text: string };

/** Sends one mail; false when mail is not set up (nothing is sent, nothing is logged). */
export async function sendTextMail(mail: TextMail): Promise<boolean> {
  const smtp = env.smtp;
  if (!smtp) return false;
  const { createTransport } = await import("nodemailer");
  await createTransport(smtp.url).sendMail({ from: smtp.from, ...mail });
  return true;
}

/**
 * After the answer where there is one (a request: `after()` from next/server), at once in scripts
 * and tests. A failure is logged, never shown: the answer did not depend on the mail.
 */
export async function sendTextMailAfterResponse(mail: TextMail, what: string): Promise<void> {
  const send = () => sendTextMail(mail).then(() => undefined, (err: unknown) => logger.warn({ err }, `${what} mail failed`));
  const { after } = await import("next/server");
  try {
    after(send);
  } catch {
    await send();
  }
}
