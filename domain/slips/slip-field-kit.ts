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
  const looksLikeCard = cardCheck === "general" ? containsCardNumber(text) : containsIssuedCardNumber(normalizePrintedCode(text));
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

/** A rule for a printed identifier (use with the "issued" card check): normalised, then matched against `pattern`. */
export function printedCodeRule(pattern: RegExp, error: SlipErrorKey): FieldRule<string> {
  return (text) => {
    const code = normalizePrintedCode(text);
    return pattern.test(code) ? accept(code) : refuse(error);
  };
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
