/**
 * Turns a pasted batch of bank SMS / app notifications into issuer records. Every message ends
 * in exactly one of three lists — never silently dropped: `records` (understood), `skipped`
 * (one-time passcodes and marketing, recognised as such) or `notUnderstood` (with a reason key:
 * declined payments — no money moved —, no amount, no date, or simply not recognised), so the
 * traveller sees what happened to each message. Declined alerts are deliberately NOT records: a
 * record says money moved or is held, and a decline moves none; the reason tells the traveller
 * so. Card numbers are cut to the last 4 before reading. See docs/importers.md.
 */
import { assignFingerprints, redactRecordText, type IssuerRecord, type RecordMessageKey, type UnfingerprintedRecord } from "@/domain/issuer-records";
import { readAlertDate, resolveAlertDate, type YearContext } from "./alert-date";
import { isDeclinedMessage, isLikelyOtp, isMarketingMessage, isOtpMessage } from "./alert-filters";
import type { AlertReading } from "./alert-reading";
import { readChineseAlert } from "./read-chinese-alert";
import { readEnglishAlert } from "./read-english-alert";
import { readKoreanAlert } from "./read-korean-alert";
import { splitAlerts, type PastedAlert } from "./split-alerts";

export type AlertParseOptions = {
  /** The paste time (the caller's clock: the domain reads none); settles years and day-only dates, never into the future. */
  now: Date;
  defaultYear?: number;
  /** The card issuer's country (ISO 3166 alpha-2), when the traveller said: decides "03/11" in English alerts. */
  issuerCountry?: string;
};
export type NotUnderstoodAlert = { text: string; reason: RecordMessageKey };
export type SkippedAlert = { text: string; kind: "otp" | "marketing" };
export type AlertParseResult = { records: IssuerRecord[]; notUnderstood: NotUnderstoodAlert[]; skipped: SkippedAlert[] };

const MAX_MESSAGE_LENGTH = 2000;

function toRecord(reading: AlertReading, alert: PastedAlert, context: YearContext): UnfingerprintedRecord | null {
  const parts = reading.date ?? (alert.header ? readAlertDate(alert.header, false) : null);
  const date = parts ? resolveAlertDate(parts, context) : null;
  if (!date || !parts) return null;
  const sign = reading.isCredit ? -1 : 1;
  const billed = reading.billed ?? reading.amount;
  const record: UnfingerprintedRecord = {
    source: "sms", kind: reading.kind, state: reading.state, transactionDate: date,
    billedAmountMinor: sign * billed.minor, billedCurrency: billed.currency, merchant: reading.merchant,
    references: { row: alert.line },
  };
  if (parts.time) record.transactionTime = parts.time;
  if (reading.billed) Object.assign(record, { originalAmountMinor: sign * reading.amount.minor, originalCurrency: reading.amount.currency });
  if (reading.cardLast4) record.cardLast4 = reading.cardLast4;
  return record;
}

type Outcome = { record: UnfingerprintedRecord } | { skipped: SkippedAlert["kind"] } | { reason: RecordMessageKey };

function readAlert(alert: PastedAlert, context: YearContext, issuerCountry?: string): Outcome {
  const { text } = alert;
  if (text.length > MAX_MESSAGE_LENGTH) return { reason: "alerts.tooLong" };
  if (isOtpMessage(text)) return { skipped: "otp" };
  const isKorean = /[\uac00-\ud7a3]/.test(text);
  const isChinese = !isKorean && /[\u4e00-\u9fff]/.test(text);
  const reading = isKorean ? readKoreanAlert(text) : isChinese ? readChineseAlert(text) : readEnglishAlert(text, issuerCountry);
  if (isDeclinedMessage(text) && typeof reading !== "string") return { reason: "alerts.declined" };
  // A promotion quoting amounts ("满500元立减50元") reads like a payment but names no card.
  if (typeof reading !== "string" && !reading.cardLast4 && isMarketingMessage(text)) return { skipped: "marketing" };
  if (typeof reading !== "string") {
    const record = toRecord(reading, alert, context);
    return record ? { record } : { reason: "alerts.noDate" };
  }
  if (isDeclinedMessage(text)) return { reason: "alerts.declined" };
  if (isLikelyOtp(text)) return { skipped: "otp" };
  if (isMarketingMessage(text)) return { skipped: "marketing" };
  return { reason: reading };
}

/** `now` (the caller's clock: the domain reads none) only settles years an alert leaves out. */
export function parseAlerts(text: string, options: AlertParseOptions): AlertParseResult {
  const context: YearContext = { now: options.now, defaultYear: options.defaultYear };
  const records: UnfingerprintedRecord[] = [];
  const notUnderstood: NotUnderstoodAlert[] = [];
  const skipped: SkippedAlert[] = [];
  for (const alert of splitAlerts(typeof text === "string" ? text : "")) {
    const outcome = readAlert(alert, context, options.issuerCountry);
    if ("record" in outcome) records.push(outcome.record);
    else if ("skipped" in outcome) skipped.push({ text: alert.text, kind: outcome.skipped });
    else notUnderstood.push({ text: alert.text, reason: outcome.reason });
  }
  return { records: assignFingerprints(records.map(redactRecordText)), notUnderstood, skipped };
}
