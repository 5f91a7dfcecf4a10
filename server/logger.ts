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

export const logger = pino({
  level: env.LOG_LEVEL,
  base: undefined,
  hooks: {
    logMethod(args, method) {
      method.apply(this, args.map((a) => scrubLogValue(a)) as Parameters<typeof method>);
    },
  },
});
