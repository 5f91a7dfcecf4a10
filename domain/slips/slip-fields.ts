/**
 * One schema per slip field (PRODUCT.md §3), each taking the raw form string and giving back a
 * normalised value. The format rules are deliberately "what real slips print, nothing absurd":
 * printed identifiers are read as terminals print them (full-width digits converted, spaces and
 * separators such as "-" dropped, upper-cased; the printed form is kept beside) and only their
 * length and alphabet are checked, because acquirers differ
 * (a MID is 8 to 15 characters, a TID usually 8). Card numbers are refused in every field; see
 * slip-field-kit.ts for which guard applies where. See docs/card-data.md.
 */
// Default import: the package is CommonJS without static named exports, so a named import
// fails under plain Node ESM (tsx scripts such as bench/ocr.ts); bundlers accept both.
import countries from "i18n-iso-countries";
import { normalizeAmountText } from "../money/amount-text";
import { isCurrencyCode } from "../money/currency";
import {
  accept, freeTextRule, normalizePrintedCode, optionalField, printedCodeRule, refuse, requiredField,
  type FieldRule,
} from "./slip-field-kit";

export const ENTRY_MODES = ["chip", "contactless", "swipe", "keyed", "fallback"] as const;
export type EntryMode = (typeof ENTRY_MODES)[number];

export const PAID_INSTEAD_METHODS = ["otherCard", "cash", "wallet"] as const;
export type PaidInsteadMethod = (typeof PAID_INSTEAD_METHODS)[number];

const countryCodes: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

const countryRule: FieldRule<string> = (text) => {
  const code = normalizePrintedCode(text);
  return countryCodes.has(code) ? accept(code) : refuse("errors.countryUnknown");
};

const currencyRule: FieldRule<string> = (text) => {
  const code = normalizePrintedCode(text);
  return /^[A-Z]{3}$/.test(code) && isCurrencyCode(code) ? accept(code) : refuse("errors.currencyUnknown");
};

/** "1234", "１２３４", and a masked paste such as "**** 1234" or "•••• 1234". */
const cardLast4Rule: FieldRule<string> = (text) => {
  const match = /^[*•X#]*(\d{4})$/.exec(normalizePrintedCode(text));
  return match?.[1] ? accept(match[1]) : refuse("errors.cardLast4Format");
};

function oneOfRule<T extends string>(values: readonly T[], error: "errors.entryModeUnknown" | "errors.paidInsteadMethodUnknown"): FieldRule<T> {
  return (text) => {
    const value = values.find((candidate) => candidate === text.trim());
    return value ? accept(value) : refuse(error);
  };
}

/** Exchange rates print as "7.8123" or "0,0067"; kept as a string with "." so no digit is lost. */
const dccRateRule: FieldRule<string> = (text) => {
  const rate = normalizeAmountText(text).replace(/\s+/g, "");
  if (!/^\d{1,6}(?:[.,]\d{1,10})?$/.test(rate) || !/[1-9]/.test(rate)) return refuse("errors.dccRateFormat");
  return accept(rate.replace(",", "."));
};

/** Amounts stay text here: turning them into minor units needs the currency (slip-input-schema.ts). */
const amountTextRule: FieldRule<string> = (text) => accept(text.trim());

export const merchantNameSchema = requiredField(freeTextRule({ maxLength: 80, tooLong: "errors.merchantNameTooLong" }));
export const citySchema = optionalField(freeTextRule({ maxLength: 80, tooLong: "errors.cityTooLong" }));
export const countrySchema = requiredField(countryRule);
export const currencySchema = requiredField(currencyRule);
export const optionalCurrencySchema = optionalField(currencyRule);
export const amountTextSchema = requiredField(amountTextRule);
export const optionalAmountTextSchema = optionalField(amountTextRule);
export const cardLast4Schema = requiredField(cardLast4Rule);
export const optionalCardLast4Schema = optionalField(cardLast4Rule);
export const entryModeSchema = requiredField(oneOfRule(ENTRY_MODES, "errors.entryModeUnknown"));
export const paidInsteadMethodSchema = optionalField(oneOfRule(PAID_INSTEAD_METHODS, "errors.paidInsteadMethodUnknown"));

export const midSchema = optionalField(printedCodeRule(/^[A-Z0-9]{1,15}$/, "errors.midFormat"), "issued");
/** Usually 8 characters; some terminals print a short id such as "T-0042". */
export const tidSchema = optionalField(printedCodeRule(/^[A-Z0-9]{4,16}$/, "errors.tidFormat"), "issued");
export const batchSchema = optionalField(printedCodeRule(/^\d{1,6}$/, "errors.batchFormat"), "issued");
export const traceSchema = optionalField(printedCodeRule(/^\d{1,6}$/, "errors.traceFormat"), "issued");
export const rrnSchema = optionalField(printedCodeRule(/^[A-Z0-9]{12}$/, "errors.rrnFormat"), "issued");
/** Issuer approval codes are 6 characters; offline slips print "Y1"/"Y3" in the same place. */
export const approvalCodeSchema = optionalField(printedCodeRule(/^[A-Z0-9]{2,6}$/, "errors.approvalCodeFormat"), "issued");
/** An AID is a 5-byte RID plus up to 11 bytes of PIX, so 10–32 hex digits in whole bytes. */
export const aidSchema = optionalField(printedCodeRule(/^(?:[0-9A-F]{2}){5,16}$/, "errors.aidFormat"), "issued");
export const tvrSchema = optionalField(printedCodeRule(/^[0-9A-F]{10}$/, "errors.tvrFormat"), "issued");
export const tsiSchema = optionalField(printedCodeRule(/^[0-9A-F]{4}$/, "errors.tsiFormat"), "issued");
export const responseCodeSchema = optionalField(printedCodeRule(/^[A-Z0-9]{2}$/, "errors.responseCodeFormat"), "issued");
export const applicationLabelSchema = optionalField(freeTextRule({ maxLength: 32, tooLong: "errors.applicationLabelFormat" }));
export const offlineWordingSchema = optionalField(freeTextRule({ maxLength: 100, tooLong: "errors.offlineWordingTooLong" }));
export const dccRateSchema = optionalField(dccRateRule);
export const notesSchema = optionalField(freeTextRule({ maxLength: 2000, tooLong: "errors.notesTooLong", multiline: true }));
