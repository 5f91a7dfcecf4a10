/**
 * Reads a POS slip from OCR output: every slip-form field it can find, each with a confidence
 * (0–1) and the reason it was taken, plus the brand, the outcome and warnings. Pure: the clock
 * is passed in. Card data: a full card number is cut to its last 4 before any field is read
 * (normalize-line.ts), every value is put through its own slip-form field rule — the card-number
 * guard included — and the OCR text itself is never part of the result.
 * Cross-checks drop what contradicts: an application label naming another brand than the AID,
 * a response code that contradicts the outcome words (05 with APPROVED, 00 with OFFLINE).
 * See docs/slips.md#reading-a-slip-photo.
 */
import * as slipFields from "../slip-fields";
import { localDateTimeSchema } from "../slip-time";
import type { SlipFormField } from "../slip-input-schema";
import type { OcrPage } from "./ocr-page";
import { normalizePage, type SlipLine } from "./normalize-line";
import { findAmount } from "./read-amount";
import { brandOfAid, brandOfText, findApplicationLabel, findEntryMode, findLast4, type CardBrand } from "./read-card";
import { findBareAid, findCode } from "./read-codes";
import { findDateTime, type DateOrder } from "./read-date";
import { findCity, findMerchantName } from "./read-merchant";
import { APPROVED_CODES, DECLINE_CODES, OFFLINE_APPROVED_CODES, OUTCOME_PHRASES, type OutcomeKind } from "./vocabulary";

export type ReadField = { value: string; confidence: number; reason: string };
export type ReadWarningCode = "fullCardNumberCut" | "brandContradictsAid" | "responseCodeContradictsOutcome" | "valueRefused";
export type ReadWarning = { code: ReadWarningCode; field?: SlipFormField | "brand" };
export type SlipReading = {
  fields: Partial<Record<SlipFormField, ReadField>>;
  brand: (ReadField & { value: CardBrand }) | null;
  outcome: { value: OutcomeKind; confidence: number; reason: string } | null;
  warnings: ReadWarning[];
};
export type ReadSlipOptions = { now: Date; countryHint?: string };

/** Countries whose slips write dates month-first or year-first (DD/MM everywhere else). */
const MONTH_FIRST = new Set(["US", "PH", "FM", "PW", "MH"]);
const YEAR_FIRST = new Set(["CN", "JP", "KR", "TW", "HU", "LT", "MN", "IR", "CA"]);
const COUNTRY_OF_CURRENCY: Record<string, string> = {
  USD: "US", JPY: "JP", KRW: "KR", CNY: "CN", TWD: "TW", HKD: "HK", SGD: "SG", THB: "TH", VND: "VN", TRY: "TR",
  GBP: "GB", AUD: "AU", CAD: "CA", MYR: "MY", IDR: "ID", INR: "IN", CHF: "CH", SEK: "SE", NOK: "NO", DKK: "DK",
  PLN: "PL", CZK: "CZ", HUF: "HU", MXN: "MX", BRL: "BR", AED: "AE", PHP: "PH", NZD: "NZ", ZAR: "ZA", MOP: "MO",
};

function dateOrderFor(country: string | null, lines: readonly SlipLine[]): DateOrder {
  if (country && MONTH_FIRST.has(country)) return "MDY";
  if (country && YEAR_FIRST.has(country)) return "YMD";
  if (!country && lines.some((l) => /[\u3040-\u30ff\uac00-\ud7af]/u.test(l.text))) return "YMD";
  return "DMY";
}

/** Each value through its own slip-form rule (format and card-number guard); null when refused. */
const FIELD_RULES: Partial<Record<SlipFormField, { safeParse(v: unknown): { success: boolean; data?: unknown } }>> = {
  merchantName: slipFields.merchantNameSchema, city: slipFields.citySchema, country: slipFields.countrySchema,
  localDateTime: localDateTimeSchema, amount: slipFields.amountTextSchema, currency: slipFields.currencySchema,
  cardLast4: slipFields.cardLast4Schema, entryMode: slipFields.entryModeSchema, mid: slipFields.midSchema,
  tid: slipFields.tidSchema, batch: slipFields.batchSchema, trace: slipFields.traceSchema, rrn: slipFields.rrnSchema,
  approvalCode: slipFields.approvalCodeSchema, aid: slipFields.aidSchema, applicationLabel: slipFields.applicationLabelSchema,
  tvr: slipFields.tvrSchema, tsi: slipFields.tsiSchema, responseCode: slipFields.responseCodeSchema,
  offlineWording: slipFields.offlineWordingSchema, dccRate: slipFields.dccRateSchema,
  dccHomeAmount: slipFields.optionalAmountTextSchema, dccHomeCurrency: slipFields.optionalCurrencySchema,
};

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

function findOutcome(lines: readonly SlipLine[]): { kind: OutcomeKind; wording: string; confidence: number; line: number } | null {
  for (const { kind, pattern } of OUTCOME_PHRASES) {
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] as SlipLine;
      if (line.text.length > 44 || !pattern.test(line.text)) continue;
      // Outcome lines stand alone (centred); the whole line is the wording as printed.
      const wording = line.text.replace(/\s+/g, " ").replace(/^[*\s-]+|[*\s-]+$/g, "").trim();
      return { kind, wording, confidence: line.confidence, line: i };
    }
  }
  return null;
}

export function readSlipFields(page: OcrPage, { now, countryHint }: ReadSlipOptions): SlipReading {
  const { lines, cutCardNumbers } = normalizePage(page);
  const warnings: ReadWarning[] = cutCardNumbers.length > 0 ? [{ code: "fullCardNumberCut", field: "cardLast4" }] : [];
  const fields: Partial<Record<SlipFormField, ReadField>> = {};
  const put = (field: SlipFormField, value: string | undefined | null, confidence: number, reason: string) => {
    if (value === undefined || value === null || value === "") return;
    const rule = FIELD_RULES[field];
    const checked = rule ? rule.safeParse(value) : { success: true, data: value };
    if (!checked.success) {
      warnings.push({ code: "valueRefused", field });
      return;
    }
    fields[field] = { value: String(checked.data ?? value), confidence: round(confidence), reason };
  };

  const name = findMerchantName(lines);
  if (name) put("merchantName", name.value, name.confidence, name.reason);
  const city = findCity(lines, name?.line ?? null);
  if (city) put("city", city.value, city.confidence, city.reason);

  const { amount, dcc } = findAmount(lines, null);
  if (amount) {
    put("amount", amount.value, amount.confidence, amount.reason);
    put("currency", amount.currency, amount.confidence, "printed with the amount");
  }
  if (dcc) {
    put("dccRate", dcc.rate, dcc.confidence, "DCC block");
    put("dccHomeAmount", dcc.homeAmount, dcc.confidence, "DCC block");
    put("dccHomeCurrency", dcc.homeCurrency, dcc.confidence, "DCC block");
  }
  const country = countryHint ?? (amount ? COUNTRY_OF_CURRENCY[amount.currency] ?? null : null);
  if (country) put("country", country, countryHint ? 1 : 0.6, countryHint ? "given" : "from the currency");

  const when = findDateTime(lines, dateOrderFor(country, lines), now);
  if (when) put("localDateTime", when.value, when.confidence, when.reason);

  const last4 = findLast4(lines);
  if (last4) put("cardLast4", last4.value, last4.confidence, last4.reason);
  const entry = findEntryMode(lines);
  if (entry) put("entryMode", entry.value, entry.confidence, entry.reason);

  for (const field of ["mid", "tid", "batch", "trace", "rrn", "approvalCode", "aid", "tvr", "tsi", "responseCode"] as const) {
    const found = findCode(field, lines) ?? (field === "aid" ? findBareAid(lines) : null);
    if (found) put(field, found.value, found.confidence, found.reason);
  }
  // "TID:123 MID:456" style labels can capture the neighbour's value: one line, one field.
  if (fields.mid && fields.tid && fields.mid.value === fields.tid.value) delete fields.tid;

  const app = findApplicationLabel(lines);
  if (app) put("applicationLabel", app.value, app.confidence, app.reason);

  // Brand: the AID's registered provider is authoritative; the label or a brand word otherwise.
  const aidBrand = fields.aid ? brandOfAid(fields.aid.value) : null;
  const textBrand = app ? brandOfText(app.value) : lines.map((l) => brandOfText(l.text)).find((b) => b !== null) ?? null;
  let brand: SlipReading["brand"] = null;
  if (aidBrand) {
    brand = { value: aidBrand, confidence: fields.aid?.confidence ?? 0.9, reason: "AID" };
    const coBadged = aidBrand === "cb" || aidBrand === "girocard" || (aidBrand === "maestro" && textBrand === "mastercard");
    if (textBrand && textBrand !== aidBrand && !coBadged && fields.applicationLabel) {
      delete fields.applicationLabel;
      warnings.push({ code: "brandContradictsAid", field: "applicationLabel" });
    }
  } else if (textBrand) {
    brand = { value: textBrand, confidence: (app?.confidence ?? 0.8) * 0.9, reason: "brand name printed" };
  }

  // Outcome: the words first, the response code second; a code that contradicts the words goes.
  const words = findOutcome(lines);
  const code = fields.responseCode?.value ?? null;
  const codeKind: OutcomeKind | null = code === null ? null : OFFLINE_APPROVED_CODES.has(code) ? "offlineApproved" : DECLINE_CODES.has(code) ? "declined" : APPROVED_CODES.has(code) ? "approved" : null;
  let outcome: SlipReading["outcome"] = null;
  if (words) {
    outcome = { value: words.kind, confidence: round(words.confidence), reason: "outcome words" };
    if (words.kind !== "approved") put("offlineWording", words.wording, words.confidence, "outcome words");
    if (codeKind && codeKind !== words.kind) {
      delete fields.responseCode;
      warnings.push({ code: "responseCodeContradictsOutcome", field: "responseCode" });
    }
  } else if (codeKind) {
    outcome = { value: codeKind, confidence: round((fields.responseCode?.confidence ?? 0.8) * 0.9), reason: `response code ${code}` };
  } else if (fields.approvalCode && /^\d{6}$|^[A-Z0-9]{6}$/.test(fields.approvalCode.value)) {
    outcome = { value: "approved", confidence: round(fields.approvalCode.confidence * 0.7), reason: "approval code" };
  }
  // A declined payment has no approval code: one read there is a misread.
  if (outcome?.value === "declined" && fields.approvalCode && !/^Z[13]$/.test(fields.approvalCode.value)) delete fields.approvalCode;

  return { fields, brand, outcome, warnings };
}
