/**
 * The few building blocks every slip field is made of. A field takes the raw form string
 * (`undefined` or blank means "not given"), refuses a card number before anything else — so
 * the traveller is told *why* ("that is a card number"), not merely "wrong format" — then runs
 * its own rule, which returns a normalised value or one message key. Built on zod so each field
 * is a schema of its own that the form, the API and the tests can all use. See docs/card-data.md.
 */
import { z } from "zod";
import { containsCardNumber } from "../cards/card-number-guard";
import { findCardSecret } from "../cards/card-secret-guard";
import { normalizeAmountText } from "../money/amount-text";
import type { SlipErrorKey } from "./slip-error-keys";
import { containsIssuedCardNumber } from "./printed-code-guard";

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: SlipErrorKey };
export type FieldRule<T> = (text: string) => FieldResult<T>;

export function accept<T>(value: T): FieldResult<T> {
  return { ok: true, value };
}

export function refuse<T>(error: SlipErrorKey): FieldResult<T> {
  return { ok: false, error };
}

const rawText = z.string({ error: "errors.notText" satisfies SlipErrorKey }).optional();

/**
 * "general": any Luhn-valid 13–19 digit run is a card number (free text, amounts, last 4).
 * "issued": only runs a card scheme could have issued (printed identifiers, see printed-code-guard.ts).
 */
export type CardCheck = "general" | "issued";

function runRule<T>(text: string, rule: FieldRule<T>, cardCheck: CardCheck): FieldResult<T> {
  // Identifiers are checked as matching reads them, separators dropped: "4111-1111-1111-1111" is a card.
  const looksLikeCard = cardCheck === "general" ? containsCardNumber(text) : containsIssuedCardNumber(normalizeIdentifier(text));
  if (looksLikeCard) return refuse("errors.cardNumber");
  // Free text may also write out the card's security code or PIN (card-secret-guard.ts).
  if (cardCheck === "general" && findCardSecret(text)) return refuse("errors.cardSecret");
  return rule(text);
}

/** A field the traveller must fill in: outputs T. */
export function requiredField<T>(rule: FieldRule<T>, cardCheck: CardCheck = "general") {
  return rawText.transform((raw, ctx): T => {
    const text = raw ?? "";
    const result = text.trim() === "" ? refuse<T>("errors.required") : runRule(text, rule, cardCheck);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });
}

/** A field that may be left blank (blank means "not printed"): outputs T or undefined. */
export function optionalField<T>(rule: FieldRule<T>, cardCheck: CardCheck = "general") {
  return rawText.transform((raw, ctx): T | undefined => {
    const text = raw ?? "";
    if (text.trim() === "") return undefined;
    const result = runRule(text, rule, cardCheck);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });
}

/** Codes printed by terminals: full-width to ASCII, spaces dropped, upper case ("a0 00 00" → "A00000"). */
export function normalizePrintedCode(text: string): string {
  return normalizeAmountText(text).replace(/\s+/g, "").toUpperCase();
}

/**
 * A printed identifier as matching compares it: a printed code with its separators dropped
 * ("T-0042" → "T0042", "5043 1234 5678" → "504312345678", "A0:00:00:00:03" → "A000000003").
 * The form as printed is kept beside it (readPrintedForms).
 */
export function normalizeIdentifier(text: string): string {
  return normalizePrintedCode(text).replace(/[-./:_·]/g, "");
}

/** A rule for a printed identifier (use with the "issued" card check): normalised, then matched against `pattern`. */
export function printedCodeRule(pattern: RegExp, error: SlipErrorKey): FieldRule<string> {
  return (text) => {
    const code = normalizeIdentifier(text);
    return pattern.test(code) ? accept(code) : refuse(error);
  };
}

/** The identifier fields whose printed form may differ from the stored normalised one. */
export const IDENTIFIER_FIELDS = ["mid", "tid", "batch", "trace", "rrn", "approvalCode", "aid", "tvr", "tsi", "responseCode"] as const;
export type IdentifierField = (typeof IDENTIFIER_FIELDS)[number];

/**
 * What the slip printed, for each identifier whose printed form differs from its normalised
 * value by more than case and spacing ("T-0042" beside "T0042"); the slip page and the edit
 * form show these. Only called with values the field rules accepted.
 */
export function readPrintedForms(raw: Partial<Record<string, unknown>>, normalised: Partial<Record<IdentifierField, string | undefined>>): Partial<Record<IdentifierField, string>> {
  const forms: Partial<Record<IdentifierField, string>> = {};
  for (const field of IDENTIFIER_FIELDS) {
    const value = normalised[field];
    const text = raw[field];
    if (!value || typeof text !== "string") continue;
    const printed = normalizeAmountText(text).normalize("NFC").trim().replace(/\s+/g, " ").toUpperCase();
    if (printed.replace(/ /g, "") !== value) forms[field] = printed;
  }
  return forms;
}

// C0/C1 controls, and line/paragraph separators where a single line is expected.
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_IN_NOTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A rule for text as printed or written by people: NFC, trimmed, at most `maxLength` characters. */
export function freeTextRule(options: { maxLength: number; tooLong: SlipErrorKey; multiline?: boolean }): FieldRule<string> {
  return (text) => {
    const value = text.normalize("NFC").trim();
    const controls = options.multiline ? CONTROL_IN_NOTES : CONTROL_IN_LINE;
    if (controls.test(value)) return refuse("errors.invalidCharacters");
    return [...value].length <= options.maxLength ? accept(value) : refuse(options.tooLong);
  };
}
