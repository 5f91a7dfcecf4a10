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
};
