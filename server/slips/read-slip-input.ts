/**
 * Reads a slip submitted by the form or the API into the values we store. The domain schema
 * (makeSlipInputSchema) does the field rules; this adds what needs the server: the time zone
 * taken from the country when the traveller left it blank and the country has only one, and
 * the attached diagnosis, which must be one of this user's own. Field errors come back as full
 * message keys ("slips.errors.required"), ready for translateFieldErrors.
 */
import "server-only";
import { defaultTimeZoneForCountry, makeSlipInputSchema, SLIP_FORM_FIELDS, type SlipInput } from "@/domain/slips";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";

export const SLIP_INPUT_FIELDS = [...SLIP_FORM_FIELDS, "savedDiagnosisId"] as const;

export type SlipRecordInput = SlipInput & { savedDiagnosisId: string | null };
export type ReadSlipResult = { ok: true; data: SlipRecordInput } | { ok: false; fieldErrors: Record<string, string[]> };

/** The slip fields of a form post: strings stay strings, a file where text belongs stays a non-string (refused). */
export function slipFieldsFromFormData(formData: FormData): Record<string, unknown> {
  return Object.fromEntries(SLIP_INPUT_FIELDS.filter((name) => formData.has(name)).map((name) => [name, formData.get(name)]));
}

/** What the traveller typed, to put back in the form after a failed save (files are not text). */
export function echoValues(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

function withCountryTimeZone(raw: Record<string, unknown>): Record<string, unknown> {
  const { timeZone, country } = raw;
  if ((timeZone === undefined || (typeof timeZone === "string" && timeZone.trim() === "")) && typeof country === "string") {
    const { zones } = defaultTimeZoneForCountry(country);
    if (zones.length === 1) return { ...raw, timeZone: zones[0] };
  }
  return raw;
}

async function readSavedDiagnosisId(userId: string, value: unknown): Promise<{ ok: true; id: string | null } | { ok: false }> {
  if (value === undefined || value === null || value === "") return { ok: true, id: null };
  if (typeof value !== "string" || value.length > 64) return { ok: false };
  const owned = await db.savedDiagnosis.findFirst({ where: { id: value, userId }, select: { id: true } });
  return owned ? { ok: true, id: owned.id } : { ok: false };
}

export async function readSlipInput(userId: string, raw: Record<string, unknown>, locale: Locale, now = new Date()): Promise<ReadSlipResult> {
  const fields = Object.fromEntries(SLIP_FORM_FIELDS.map((name) => [name, raw[name]]));
  const parsed = makeSlipInputSchema({ now, locale }).safeParse(withCountryTimeZone(fields));
  const diagnosis = await readSavedDiagnosisId(userId, raw.savedDiagnosisId);
  const fieldErrors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join(".") || "_form";
      (fieldErrors[field] ??= []).push(`slips.${issue.message}`);
    }
  }
  if (!diagnosis.ok) fieldErrors.savedDiagnosisId = ["slips.formErrors.savedDiagnosisUnknown"];
  if (!parsed.success || !diagnosis.ok) return { ok: false, fieldErrors };
  return { ok: true, data: { ...parsed.data, savedDiagnosisId: diagnosis.id } };
}
