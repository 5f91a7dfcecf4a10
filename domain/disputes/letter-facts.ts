/**
 * The facts a letter may state, read from the dispute case and made safe to print: the card only
 * as its last 4 digits (a field that carries more is cut to its last 4), every free text (merchant
 * names, terminal wording, references) with any full card number redacted, dates and money
 * written in the letter's language. A fact that is absent stays absent — the sentence that needs
 * it is left out, never filled with a placeholder. See docs/disputes.md ("Letter model").
 */
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
import { formatMoney } from "@/domain/money";
import type { MatchRecord } from "@/domain/matching";

/** The last 4 digits of whatever the field holds, or null when it holds fewer than 4 digits. */
export function readLast4(value: string | null | undefined): string | null {
  const digits = (value ?? "").normalize("NFKC").replace(/\D/g, "");
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** Trimmed, card numbers redacted, null when empty. */
export function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? redactCardNumbers(text) : null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "3 December 2026", "2026年12月3日", "2026年12月3日" (ja), "3 décembre 2026" — from the digits, in UTC. */
export function formatLetterDate(date: string, locale: string): string {
  const match = DATE.exec(date);
  if (!match) return date;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const tag = locale === "en" ? "en-GB" : locale;
  let format = dateFormats.get(tag);
  if (!format) dateFormats.set(tag, (format = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })));
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "14:05" from "YYYY-MM-DDTHH:mm", or null. */
export function readLocalTime(localDateTime: string): string | null {
  return /T(\d{2}:\d{2})/.exec(localDateTime)?.[1] ?? null;
}

export function formatLetterMoney(amountMinor: number, currency: string, locale: string): string {
  return formatMoney(Math.abs(amountMinor), currency, locale === "en" ? "en-GB" : locale);
}

export function formatCountry(code: string | null | undefined, locale: string): string | null {
  const upper = code?.trim().toUpperCase();
  if (!upper || !/^[A-Z]{2}$/.test(upper)) return null;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(upper) ?? null;
  } catch {
    return null;
  }
}

export function formatCurrencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

/** A record's reference as printed: auth code, else RRN, else ARN (redacted), or null. */
export function readRecordReference(record: MatchRecord): string | null {
  return cleanText(record.references.authCode ?? record.references.rrn ?? record.references.arn ?? null);
}
