/**
 * QIF (Quicken Interchange Format), still offered by many banks: a "!Type:Bank" or "!Type:CCard"
 * header, then records of one-letter fields — D date, T or U amount (negative = money out),
 * P payee, M memo, N number, L category — each record ended by "^". Quicken writes dates like
 * "11/ 3'26" (the apostrophe marks a 2000s year) or "11/03/2026"; the day/month order is decided
 * over the whole file and defaults to month-first, QIF's US origin. QIF carries no currency, so
 * the caller must name it. Investment and other account types are reported, not guessed at.
 * See docs/importers.md.
 */
import { assignFingerprints, redactRecordText, type UnfingerprintedRecord } from "@/domain/issuer-records";
import { redactCardNumbers } from "@/domain/cards/card-number-guard";
import { currencyExponent } from "@/domain/money";
import { classifyRow } from "./classify-row";
import { decodeStatementBytes } from "./decode";
import { detectDecimalSeparator, parseSignedAmount } from "./statement-amount";
import { detectDayMonthOrder, parseStatementDate, type DayMonthOrder } from "./statement-date";
import {
  countLines, MAX_STATEMENT_BYTES, MAX_STATEMENT_ROWS, refuseStatement,
  type ParseStatementOptions, type StatementIssue, type StatementParseResult,
} from "./statement-result";

type QifEntry = { line: number; fields: Map<string, string>; isCard: boolean };

const SUPPORTED = /^!type:(bank|ccard|cash)\s*$/i;

/** "11/ 3'26" → "11/3/26"; "3.11.26" and ISO dates pass through. */
function normaliseQifDate(text: string): string {
  return text.replace(/\s+/g, "").replace("'", "/");
}

function splitEntries(text: string, issues: StatementIssue[]): QifEntry[] {
  const entries: QifEntry[] = [];
  let section: "records" | "skip" = "skip";
  let isCard = false;
  let current: QifEntry | null = null;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith("!")) {
      const isSupported = SUPPORTED.test(line);
      if (isSupported) isCard = /ccard/i.test(line);
      if (!isSupported && /^!type:/i.test(line)) issues.push({ line: index + 1, message: "qif.unsupportedType" });
      // "!Option:…" and "!Clear:…" switch nothing; "!Account" starts an account list, not transactions.
      if (isSupported || /^!type:|^!account/i.test(line)) section = isSupported ? "records" : "skip";
      return;
    }
    if (section === "skip" || line === "") return;
    if (line.startsWith("^")) {
      if (current) entries.push(current);
      current = null;
      return;
    }
    current ??= { line: index + 1, fields: new Map(), isCard };
    const code = line[0] ?? "";
    // Split transactions (S/E/$) repeat letters; the first value of each letter describes the whole.
    if (!current.fields.has(code)) current.fields.set(code, redactCardNumbers(line.slice(1).trim()));
  });
  if (current) entries.push(current);
  return entries;
}

/** The T (or U) field, without stray punctuation some exporters put before the sign ("$-12.50", ".-12.50", "'-12.50"). */
function readQifAmount(entry: QifEntry): string {
  return (entry.fields.get("T") ?? entry.fields.get("U") ?? "").trim().replace(/^[^\d\s+\-−(]+(?=\s*[-+−(])/, "");
}

function readEntry(entry: QifEntry, currency: string, order: DayMonthOrder, separator: "." | "," | undefined) {
  const parsed = parseStatementDate(normaliseQifDate(entry.fields.get("D") ?? ""), order);
  if (!parsed) return "statement.badDate" as const;
  const amount = parseSignedAmount(readQifAmount(entry), currency, separator);
  if (!amount.ok) return "statement.badAmount" as const;
  const billed = -amount.minor;
  const payee = entry.fields.get("P") ?? "";
  const memo = entry.fields.get("M") ?? "";
  const classified = classifyRow(`${entry.fields.get("L") ?? ""} ${payee} ${memo}`, "", billed >= 0, entry.isCard);
  if ("declined" in classified) return "statement.badAmount" as const;
  const record: UnfingerprintedRecord = {
    source: "statement", ...classified, transactionDate: parsed.date, billedAmountMinor: billed, billedCurrency: currency,
    merchant: [payee, memo].filter(Boolean).join(" / ").slice(0, 500), references: { row: entry.line },
  };
  const number = entry.fields.get("N");
  if (number) record.references.issuerTransactionId = number;
  return record;
}

/** QIF bytes → records in `options.currency`; without a currency nothing is guessed. */
export function parseQifStatement(bytes: Uint8Array, options: ParseStatementOptions = {}): StatementParseResult {
  if (bytes.length > MAX_STATEMENT_BYTES) return refuseStatement("qif", "utf-8", "statement.tooLarge");
  const { text, encoding } = decodeStatementBytes(bytes);
  // A QIF record spans about five lines; allow that many per row before refusing.
  if (countLines(text) > MAX_STATEMENT_ROWS * 8) return refuseStatement("qif", encoding, "statement.tooManyRows");
  const currency = options.currency?.toUpperCase();
  if (!currency) return refuseStatement("qif", encoding, "statement.currencyNeeded");
  if (currencyExponent(currency) === null) return refuseStatement("qif", encoding, "statement.currencyUnknown");
  const issues: StatementIssue[] = [];
  const entries = splitEntries(text, issues);
  const found = detectDayMonthOrder(entries.map((e) => normaliseQifDate(e.fields.get("D") ?? "")));
  const order: DayMonthOrder = found === "DMY" ? "DMY" : "MDY";
  const separator = detectDecimalSeparator(entries.map(readQifAmount));
  const records: UnfingerprintedRecord[] = [];
  for (const entry of entries) {
    const built = readEntry(entry, currency, order, separator);
    if (typeof built === "string") issues.push({ line: entry.line, message: built });
    else records.push(built);
  }
  if (records.length === 0 && issues.length === 0) issues.push({ line: 0, message: "statement.noTransactions" });
  issues.sort((a, b) => a.line - b.line);
  return {
    format: "qif", layout: null, encoding, delimiter: null, headers: [], needsMapping: false, preview: [],
    records: assignFingerprints(records.map(redactRecordText)), issues,
  };
}
