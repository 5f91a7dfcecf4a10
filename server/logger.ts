/**
 * Structured logs (pino). Secrets never reach a log line: known secret fields are censored by
 * path, and every string that looks like a full card number is cut to its last 4 digits.
 */
import "server-only";
import pino from "pino";
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
import { env } from "@/env";

const SECRET_KEYS = new Set([
  "password", "currentPassword", "newPassword", "passwordHash", "token", "sessionToken",
  "cookie", "authorization", "secret", "access_token", "refresh_token", "id_token",
]);

/** Deep copy with secrets censored and card numbers redacted; exported for tests. */
export function scrubLogValue(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[depth]";
  if (typeof value === "string") return redactCardNumbers(value);
  if (Array.isArray(value)) return value.map((v) => scrubLogValue(v, depth + 1));
  if (value instanceof Error) {
    return { type: value.name, message: redactCardNumbers(value.message), stack: value.stack ? redactCardNumbers(value.stack) : undefined };
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEYS.has(k) || SECRET_KEYS.has(k.toLowerCase()) ? "[redacted]" : scrubLogValue(v, depth + 1);
    }
    return out;
  }
  return value;
}

/**
 * The logger over any destination. A destination that fails (ENOSPC on a full disk, EIO, a closed
 * pipe) must never take the process down or make it spin: a synchronous write error is caught
 * here and an asynchronous one is heard on the stream's "error" event; either way the failure is
 * reported on stderr at most once a minute, and the lines that fail are lost — the requests that
 * logged them are answered as usual.
 */
export function createLogger(destination: pino.DestinationStream & { on?: (event: "error", listener: (error: Error) => void) => unknown }, level: string = env.LOG_LEVEL) {
  let lastReport = -Infinity;
  const report = (error: unknown) => {
    // At most once a minute: a full disk fails every line, and saying so every line is the spin.
    if (Date.now() - lastReport < 60_000) return;
    lastReport = Date.now();
    try {
      process.stderr.write(`[sliptrack] log destination failed (${(error as { code?: string })?.code ?? "error"}); log lines are lost until it works again\n`);
    } catch {
      // stderr is gone too: nothing left to tell.
    }
  };
  destination.on?.("error", report);
  return pino(
    {
      level,
      base: undefined,
      hooks: {
        logMethod(args, method) {
          try {
            method.apply(this, args.map((a) => scrubLogValue(a)) as Parameters<typeof method>);
          } catch (error) {
            report(error);
          }
        },
      },
    },
    destination,
  );
}

export const logger = createLogger(pino.destination({ dest: 1, sync: true }));
