/**
 * The shape every server action answers with, and the one place errors become user text.
 * Deliberate AppErrors become their translated message; anything unexpected is logged with a
 * correlation id and the user is told nothing was changed. Redirects pass straight through.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import { AppError, isStorageFull, type AppErrorCode } from "@/server/errors";
import { logger } from "@/server/logger";
import { looseKeys } from "@/i18n/loose-keys";

export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed (never passwords), so a failed save loses nothing. */
  values?: Record<string, string>;
} | null;

export function readLocale(formData: FormData): Locale {
  const value = formData.get("locale");
  return routing.locales.find((l) => l === value) ?? routing.defaultLocale;
}

/** Zod issues whose messages are message keys → { field: [key, …] }. */
export function fieldErrorKeys(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    (out[field] ??= []).push(issue.message);
  }
  return out;
}

export async function translateFieldErrors(locale: Locale, keys: Record<string, string[]> | undefined) {
  if (!keys) return undefined;
  const t = looseKeys(await getTranslations({ locale }));
  const known = (key: string) => (t.has(key) ? t(key) : t("errors.invalidField"));
  return Object.fromEntries(Object.entries(keys).map(([field, list]) => [field, [...new Set(list)].map(known)]));
}

let lastStorageFullLog = 0;

export type DescribedFailure = { code: AppErrorCode | "unexpected"; message: string; fieldErrors?: Record<string, string[]> };

/**
 * The one translation of a failure into what a user may read, shared by server actions and the
 * JSON API: an AppError's own message and field errors; anything else logged with a
 * correlation id and answered with "Nothing was changed" plus that id.
 */
export async function describeFailure(error: unknown, locale: Locale, where: string): Promise<DescribedFailure> {
  const t = await getTranslations({ locale, namespace: "errors" });
  if (error instanceof AppError) {
    const message = error.code === "rateLimited" && error.retryAfterSeconds !== undefined
      ? t("rateLimitedFor", { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) })
      : t(error.code);
    return { code: error.code, message, fieldErrors: await translateFieldErrors(locale, error.fieldErrors) };
  }
  if (isStorageFull(error)) {
    // Logged once a minute, not once per request: a full disk fails every write at once.
    if (Date.now() - lastStorageFullLog > 60_000) {
      lastStorageFullLog = Date.now();
      logger.error({ err: error }, `${where} failed: storage full (further ones this minute not logged)`);
    }
    return { code: "storageFull", message: t("storageFull") };
  }
  const correlationId = randomUUID().slice(0, 8);
  logger.error({ err: error, correlationId }, `${where} failed`);
  return { code: "unexpected", message: t("unexpected", { id: correlationId }) };
}

export async function failure(error: unknown, locale: Locale, values?: Record<string, string>): Promise<FormState> {
  unstable_rethrow(error);
  const { message, fieldErrors } = await describeFailure(error, locale, "action");
  return { ok: false, message, fieldErrors, values };
}
