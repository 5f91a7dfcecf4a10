/**
 * OFX/QFX statements (Quicken, Money, many US/UK/EU banks), 1.x SGML and 2.x XML, bank
 * (BANKMSGSRSV1/STMTRS) and credit card (CREDITCARDMSGSRSV1/CCSTMTRS). Each STMTTRN becomes a
 * posted record: TRNAMT is signed from the account's view (negative = money out), so the billed
 * amount is its negation. DTUSER (the purchase) is the transaction date when present, DTPOSTED the
 * posting date. A <CURRENCY> aggregate means TRNAMT is in that currency (billed = TRNAMT × CURRATE
 * in CURDEF); <ORIGCURRENCY> means TRNAMT is already in CURDEF (original = TRNAMT ÷ CURRATE).
 * Without either, a foreign amount written in NAME or MEMO is read (foreign-amount.ts).
 * FITID is the bank's own id of the transaction: the strongest identity for re-imports.
 * See docs/importers.md.
 */
import { assignFingerprints, readCardLast4, redactRecordText, type UnfingerprintedRecord } from "@/domain/issuer-records";
import { currencyExponent } from "@/domain/money";
import { classifyRow } from "./classify-row";
import { readForeignAmountFields } from "./foreign-amount";
import { listBlocks, listStatements, readLeaf, readOfxDate } from "./ofx-read";
import { convertMinorByRate, normaliseRate, parseSignedAmount } from "./statement-amount";
import type { StatementEncoding } from "./decode";
import { makeLineCounter, type ParseStatementOptions, type StatementIssue, type StatementParseResult } from "./statement-result";
import { readXmlStatement } from "./xml-guard";

/** TRNTYPE as a word the shared classifier understands. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  FEE: "fee", SRVCHG: "fee", INT: "interest", DIV: "transfer", ATM: "atm", CASH: "cash", XFER: "transfer",
  DIRECTDEP: "transfer", DIRECTDEBIT: "direct debit", REPEATPMT: "standing order", CHECK: "transfer",
  DEP: "transfer", POS: "card",
};

type Amounts = { billed: number; original?: number; originalCurrency?: string; fxRate?: string };

/** Billed (positive = out) and, when the bank converted, original amounts. Null when TRNAMT is unreadable. */
function readAmounts(body: string, amountText: string, curdef: string): Amounts | null {
  const [foreignBlock] = listBlocks(body, "CURRENCY");
  const [origBlock] = listBlocks(body, "ORIGCURRENCY");
  const aggregate = foreignBlock ?? origBlock;
  const rate = normaliseRate(aggregate && readLeaf(aggregate.body, "CURRATE"));
  const code = aggregate && readLeaf(aggregate.body, "CURSYM")?.toUpperCase();
  const codeExp = code ? currencyExponent(code) : null;
  const defExp = currencyExponent(curdef) ?? 2;
  const isConverted = rate !== undefined && code !== undefined && codeExp !== null && code !== curdef;
  const separator = amountText.includes(",") && !amountText.includes(".") ? "," : ".";
  if (isConverted && foreignBlock) {
    const foreign = parseSignedAmount(amountText, code, separator);
    if (!foreign.ok) return null;
    const billed = convertMinorByRate(-foreign.minor, codeExp, defExp, rate, "multiply");
    return billed === null ? null : { billed, original: -foreign.minor, originalCurrency: code, fxRate: rate };
  }
  const amount = parseSignedAmount(amountText, curdef, separator);
  if (!amount.ok) return null;
  const billed = -amount.minor;
  if (!isConverted) return { billed };
  const original = convertMinorByRate(billed, defExp, codeExp, rate, "divide");
  return original === null ? { billed } : { billed, original, originalCurrency: code, fxRate: rate };
}

function readTransaction(body: string, curdef: string, isCard: boolean, cardLast4: string | undefined): UnfingerprintedRecord | "statement.badDate" | "statement.badAmount" {
  const posted = readOfxDate(readLeaf(body, "DTPOSTED"));
  const user = readOfxDate(readLeaf(body, "DTUSER"));
  // DTPOSTED's clock part is a placeholder (often 12:00:00) at most banks: only DTUSER's time is kept.
  const when = user ?? (posted ? { date: posted.date } : null);
  if (!when) return "statement.badDate";
  const conversion = readAmounts(body, readLeaf(body, "TRNAMT") ?? "", curdef);
  if (!conversion) return "statement.badAmount";
  const type = (readLeaf(body, "TRNTYPE") ?? "").toUpperCase();
  const name = readLeaf(body, "NAME") ?? "";
  const memo = readLeaf(body, "MEMO") ?? "";
  const classified = classifyRow(`${TYPE_WORDS[type] ?? ""} ${name} ${memo}`, "", conversion.billed >= 0, isCard);
  if ("declined" in classified) return "statement.badAmount";
  const record: UnfingerprintedRecord = {
    source: "statement", ...classified, transactionDate: when.date, billedAmountMinor: conversion.billed,
    billedCurrency: curdef, merchant: [name, memo].filter((t, i, all) => t && all.indexOf(t) === i).join(" / ").slice(0, 500),
    references: {},
  };
  if (when.time) record.transactionTime = when.time;
  if (posted) record.postingDate = posted.date;
  if (conversion.original !== undefined) Object.assign(record, { originalAmountMinor: conversion.original, originalCurrency: conversion.originalCurrency, fxRate: conversion.fxRate });
  else {
    // Banks without ORIGCURRENCY often write the foreign amount into NAME or MEMO ("JPY 12,500 @ 0.0067").
    Object.assign(record, readForeignAmountFields(`${name} ${memo}`, curdef, conversion.billed));
  }
  if (cardLast4) record.cardLast4 = cardLast4;
  const fitId = readLeaf(body, "FITID");
  const serverId = readLeaf(body, "SRVRTID");
  if (fitId) record.references.fitId = fitId;
  if (serverId) record.references.issuerTransactionId = serverId;
  return record;
}

/** A row's own currency when the statement's CURDEF is empty or a placeholder: its CURRENCY/ORIGCURRENCY CURSYM. */
function readRowCurrency(body: string): string | undefined {
  const [block] = [...listBlocks(body, "CURRENCY"), ...listBlocks(body, "ORIGCURRENCY")];
  const code = block && readLeaf(block.body, "CURSYM")?.toUpperCase();
  return code && currencyExponent(code) !== null ? code : undefined;
}

/**
 * Parses decoded OFX text; the caller has checked size and refused XML declarations. When the
 * statement's CURDEF is empty (seen in real exports), each row's own CURSYM, else the traveller's
 * `currency`, is the billed currency; with neither the file asks for the currency.
 */
export function parseOfxText(text: string, encoding: StatementEncoding, options: ParseStatementOptions = {}): StatementParseResult {
  const isXml = /^\s*<\?xml/i.test(text) || /<\?OFX/i.test(text);
  const records: UnfingerprintedRecord[] = [];
  const issues: StatementIssue[] = [];
  const lineAt = makeLineCounter(text);
  for (const statement of listStatements(text)) {
    const declared = (readLeaf(statement.body, "CURDEF") ?? "").toUpperCase();
    const fallback = options.currency?.toUpperCase();
    const statementCurrency = currencyExponent(declared) !== null ? declared : fallback && currencyExponent(fallback) !== null ? fallback : undefined;
    const cardLast4 = statement.isCreditCard ? readCardLast4(readLeaf(statement.body, "ACCTID")) : undefined;
    for (const trn of listBlocks(statement.body, "STMTTRN", statement.offset)) {
      const line = lineAt(trn.offset);
      const curdef = statementCurrency ?? readRowCurrency(trn.body);
      if (!curdef) {
        if (!issues.some((i) => i.line === 0)) issues.push({ line: 0, message: declared ? "statement.currencyUnknown" : "statement.currencyNeeded" });
        continue;
      }
      const built = readTransaction(trn.body, curdef, statement.isCreditCard, cardLast4);
      if (typeof built === "string") issues.push({ line, message: built });
      else records.push({ ...built, references: { ...built.references, row: line } });
    }
  }
  if (records.length === 0 && issues.length === 0) issues.push({ line: 0, message: "statement.noTransactions" });
  return {
    format: "ofx", layout: isXml ? "ofx-xml" : "ofx-sgml", encoding, delimiter: null, headers: [],
    records: assignFingerprints(records.map(redactRecordText)), issues, needsMapping: false, preview: [],
  };
}

/** OFX/QFX bytes → records; refuses files over the size limit and XML carrying declarations. */
export function parseOfxStatement(bytes: Uint8Array, options: ParseStatementOptions = {}): StatementParseResult {
  const checked = readXmlStatement(bytes, "ofx");
  return "refused" in checked ? checked.refused : parseOfxText(checked.text, checked.encoding, options);
}
