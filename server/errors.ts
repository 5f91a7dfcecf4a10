/**
 * Errors a user may see. An AppError carries a documented code whose text lives in
 * messages/*.json under "errors"; anything else is logged with a correlation id and the user
 * only sees "Nothing was changed — try again" (errors.unexpected), never raw error text.
 */
import "server-only";

export const APP_ERROR_CODES = [
  "unauthorized", // not signed in, or the session was revoked
  "notFound", // missing, or belongs to another user (never say which)
  "rateLimited", // too many attempts; try later
  "invalidInput", // zod refused the input; fieldErrors say where
  "invalidCredentials", // wrong password or unknown email: one message for both
  "emailTaken",
  "wrongCurrentPassword",
  "signatureInvalid", // an issuer-feed request whose Standard Webhooks signature or timestamp does not verify
  "ocrBusy", // every slip reader is busy and the queue is full; try again in a few seconds
  "idempotencyConflict", // an Idempotency-Key used before with a different request
  "storageFull", // the disk or database is full: nothing was saved, try again later
  "payloadTooLarge", // the request body passed its limit while it was arriving; fieldErrors say which part
  "shareLimit", // the slip already has as many open share links as it may (domain/sharing)
  "resetLinkInvalid", // a password reset link that is unknown, used, replaced by a newer one or past its hour
  "resetUnavailable", // password reset by email asked for where SMTP is not set up
  "signUpLinkInvalid", // a sign-up confirmation link that is unknown, used, replaced or past its day
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    public readonly fieldErrors?: Record<string, string[]>,
    /** For rateLimited / ocrBusy: the API answers with this as Retry-After. */
    public readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthorized: 401,
  notFound: 404,
  rateLimited: 429,
  invalidInput: 400,
  invalidCredentials: 401,
  emailTaken: 409,
  wrongCurrentPassword: 400,
  signatureInvalid: 401,
  ocrBusy: 503,
  idempotencyConflict: 422,
  storageFull: 507,
  payloadTooLarge: 413,
  shareLimit: 409,
  resetLinkInvalid: 410,
  resetUnavailable: 503,
  signUpLinkInvalid: 410,
};

const FULL_CODES = new Set(["ENOSPC", "EDQUOT", "SQLITE_FULL", "53100"]);
const FULL_TEXT = /SQLITE_FULL|database or disk is full|no space left on device|disk quota exceeded|could not extend file/i;

/**
 * Is this failure "the disk (or the database's disk) is full"? Node's ENOSPC/EDQUOT, SQLite's
 * SQLITE_FULL, PostgreSQL's disk_full (53100) — on the error or anywhere down its `cause` chain,
 * since Prisma's driver adapters wrap the driver's error.
 */
export function isStorageFull(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth += 1) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if ((typeof code === "string" && FULL_CODES.has(code)) || (typeof message === "string" && FULL_TEXT.test(message))) return true;
    e = cause;
  }
  return false;
}

/** Prisma's "unique constraint failed" (P2002): the row another request or instance already wrote. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
