/**
 * The last line of defence for card data: every text field of a record goes through the
 * card-number guard, so a full card number anywhere (a descriptor, a memo, a reference a bank
 * filled with the PAN) is cut to "•••• 1234" before the record reaches matching, storage or a
 * log. Parsers also redact each cell as they read it; this makes the guarantee independent of
 * any one parser. See docs/card-data.md and docs/importers.md.
 */
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
import type { IssuerReferences, UnfingerprintedRecord } from "./issuer-record";

function redactOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : redactCardNumbers(text);
}

function redactReferences(refs: IssuerReferences): IssuerReferences {
  const out: IssuerReferences = {};
  for (const [key, value] of Object.entries(refs) as [keyof IssuerReferences, string | number | undefined][]) {
    if (value === undefined) continue;
    (out as Record<string, string | number>)[key] = typeof value === "string" ? redactCardNumbers(value) : value;
  }
  return out;
}

/** Returns a copy whose every string field holds no full card number; `cardLast4` keeps 4 digits at most. */
export function redactRecordText<T extends UnfingerprintedRecord>(record: T): T {
  const last4 = record.cardLast4?.replace(/\D/g, "").slice(-4);
  return {
    ...record,
    merchant: redactCardNumbers(record.merchant),
    city: redactOptional(record.city),
    country: redactOptional(record.country),
    cardLast4: last4 && last4.length === 4 ? last4 : undefined,
    references: redactReferences(record.references),
  };
}

/** The last 4 digits of whatever a bank put in a "card" cell ("****1234", "•••• 1234", a full PAN). */
export function readCardLast4(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const digits = cell.normalize("NFKC").replace(/\D/g, "");
  return digits.length >= 4 ? digits.slice(-4) : undefined;
}
