/**
 * The last line of defence for card data: every text field of a record goes through the
 * card-number guard, so a full card number anywhere (a descriptor, a memo, a reference a bank
 * filled with the PAN) is cut to "•••• 1234" before the record reaches matching, storage or a
 * log. Parsers also redact each cell as they read it; this makes the guarantee independent of
 * any one parser. See docs/card-data.md and docs/importers.md.
 */
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
import type { IssuerReferences, UnfingerprintedRecord } from "./issuer-record";

const MIN_CARD_DIGITS = 13;

/** Digits of every script the guard reads (ASCII, full-width, Arabic-Indic). */
function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) count += 1;
  }
  return count;
}

/**
 * redactCardNumbers, skipped when the text has fewer than 13 digits in all (no card number fits):
 * most cells of a statement have none, and this keeps 50 000-row files fast.
 */
export function cutCardNumbers(text: string): string {
  return countDigits(text) < MIN_CARD_DIGITS ? text : redactCardNumbers(text);
}

function redactReferences(refs: IssuerReferences): IssuerReferences {
  const out: IssuerReferences = { ...refs };
  if (refs.authCode !== undefined) out.authCode = cutCardNumbers(refs.authCode);
  if (refs.rrn !== undefined) out.rrn = cutCardNumbers(refs.rrn);
  if (refs.arn !== undefined) out.arn = cutCardNumbers(refs.arn);
  if (refs.issuerTransactionId !== undefined) out.issuerTransactionId = cutCardNumbers(refs.issuerTransactionId);
  if (refs.fitId !== undefined) out.fitId = cutCardNumbers(refs.fitId);
  return out;
}

/** Returns a copy whose every string field holds no full card number; `cardLast4` keeps 4 digits at most. */
export function redactRecordText<T extends UnfingerprintedRecord>(record: T): T {
  const out: T = { ...record, merchant: cutCardNumbers(record.merchant), references: redactReferences(record.references) };
  if (record.city !== undefined) out.city = cutCardNumbers(record.city);
  if (record.country !== undefined) out.country = cutCardNumbers(record.country);
  if (record.cardLast4 !== undefined) {
    const last4 = record.cardLast4.replace(/\D/g, "").slice(-4);
    if (last4.length === 4) out.cardLast4 = last4;
    else delete out.cardLast4;
  }
  return out;
}

/** The last 4 digits of whatever a bank put in a "card" cell ("****1234", "•••• 1234", a full PAN). */
export function readCardLast4(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const digits = cell.normalize("NFKC").replace(/\D/g, "");
  return digits.length >= 4 ? digits.slice(-4) : undefined;
}
