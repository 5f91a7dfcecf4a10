/**
 * A real SMTP server (smtp-server from npm) on a local port for the mail tests: every message it
 * accepts lands in `inbox` with its recipients, its raw text and that text with quoted-printable
 * soft line breaks undone. The test sets SMTP_URL to the port in vi.hoisted, before env.ts is read.
 */
import { SMTPServer } from "smtp-server";

/** `raw` as received; `text` with quoted-printable soft line breaks undone (for finding links). */
export type Mail = { to: string[]; raw: string; text: string };

export async function startSmtpInbox(port: number): Promise<{ inbox: Mail[]; close: () => Promise<void> }> {
  const inbox: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: raw.replace(/=\r?\n/g, "") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { inbox, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The Subject header, its RFC 2047 encoded words (=?UTF-8?B?…?= / ?Q?) decoded. */
export function subjectOf(mail: Mail): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(mail.raw)?.[1] ?? "";
  return header
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
    )
    .trim();
}
