/**
 * ISO 20022 bank-to-customer cash management: camt.053 (statement), camt.052 (intraday report)
 * and camt.054 (debit/credit notification) share the <Ntry> structure, so one reader serves all
 * three. An entry gives the amount with its currency (Amt@Ccy), direction (CdtDbtInd: DBIT = money
 * out), status (BOOK posted, PDNG pending), booking and value dates, the bank's reference
 * (AcctSvcrRef) and, in NtryDtls/TxDtls, the counterparty, the remittance text, end-to-end id and
 * the instructed amount in its original currency with the exchange rate (AmtDtls/InstdAmt,
 * CcyXchg). An entry batching several transactions becomes one record with the entry's amount.
 * Security: DOCTYPE/ENTITY declarations are refused before parsing (xml-guard) and entities are
 * never processed. See docs/importers.md.
 */
import { XMLParser } from "fast-xml-parser";
import { assignFingerprints, readCardLast4, redactRecordText, type UnfingerprintedRecord } from "@/domain/issuer-records";
import { attributeOf, firstText, listEntryOffsets, listOf, pick, readCamtDate, textOf, type XmlNode } from "./camt-read";
import { classifyRow } from "./classify-row";
import { readForeignAmountFields } from "./foreign-amount";
import type { StatementEncoding } from "./decode";
import { currencyExponent } from "@/domain/money";
import { convertMinorByRate, normaliseRate, parseSignedAmount } from "./statement-amount";
import { makeLineCounter, type StatementIssue, type StatementParseResult } from "./statement-result";
import { decodeXmlText, readXmlStatement } from "./xml-guard";

const MESSAGES = [
  { root: "BkToCstmrStmt", item: "Stmt", id: "camt.053" },
  { root: "BkToCstmrAcctRpt", item: "Rpt", id: "camt.052" },
  { root: "BkToCstmrDbtCdtNtfctn", item: "Ntfctn", id: "camt.054" },
] as const;

const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: "@_", removeNSPrefix: true, processEntities: false,
  parseTagValue: false, parseAttributeValue: false, trimValues: true,
  isArray: (name) => ["Stmt", "Rpt", "Ntfctn", "Ntry", "NtryDtls", "TxDtls", "Ustrd"].includes(name),
});

/** Bank transaction codes as words the shared classifier knows. */
function describeCodes(entry: XmlNode): string {
  const family = firstText(entry, ["BkTxCd.Domn.Fmly.Cd"]);
  const sub = firstText(entry, ["BkTxCd.Domn.Fmly.SubFmlyCd"]);
  const words: string[] = [];
  if (family === "CCRD" || family === "DCRD") words.push("card");
  if (sub === "CWDL" || family === "CWDL") words.push("cash");
  if (["CHRG", "FEES", "COMM", "INTR"].includes(sub) || family === "CHRG") words.push("fee");
  if (["ICDT", "RCDT", "IDDT", "RDDT", "RRCT"].includes(family)) words.push("transfer");
  return words.join(" ");
}

type Original = { originalAmountMinor?: number; originalCurrency?: string; fxRate?: string };

/**
 * The amount in the card payment's own currency, where camt puts it: AmtDtls/InstdAmt (what the
 * cardholder instructed), else AmtDtls/TxAmt, each with its CcyXchg rate; else a CcyXchg alone
 * (SrcCcy → TrgtCcy at XchgRate, "1 UnitCcy = XchgRate of the other"), converting the booked
 * amount back; else the remittance text ("Original 50.000 KRW 1 Euro=1.452,31 KRW").
 */
function readOriginalAmount(tx: XmlNode, currency: string, billed: number, text: string): Original {
  const sign = Math.sign(billed || 1);
  for (const path of ["AmtDtls.InstdAmt", "AmtDtls.TxAmt"]) {
    const node = pick(tx, `${path}.Amt`);
    const code = attributeOf(node, "Ccy").toUpperCase();
    if (!code || code === currency) continue;
    const original = parseSignedAmount(textOf(node), code, ".");
    if (!original.ok) continue;
    const rate = normaliseRate(firstText(tx, [`${path}.CcyXchg.XchgRate`]));
    return { originalAmountMinor: sign * Math.abs(original.minor), originalCurrency: code, ...(rate ? { fxRate: rate } : {}) };
  }
  const exchange = pick(tx, "AmtDtls.InstdAmt.CcyXchg") ?? pick(tx, "AmtDtls.TxAmt.CcyXchg") ?? pick(tx, "AmtDtls.CntrValAmt.CcyXchg");
  const source = firstText(exchange, ["SrcCcy"]).toUpperCase();
  const target = firstText(exchange, ["TrgtCcy"]).toUpperCase() || currency;
  const rate = normaliseRate(firstText(exchange, ["XchgRate"]));
  const sourceExp = source ? currencyExponent(source) : null;
  const targetExp = currencyExponent(currency);
  if (rate && source && source !== currency && target === currency && sourceExp !== null && targetExp !== null) {
    const unit = firstText(exchange, ["UnitCcy"]).toUpperCase() || source;
    // Booked (target) = source × rate when the rate is quoted per unit of the source currency.
    const original = convertMinorByRate(Math.abs(billed), targetExp, sourceExp, rate, unit === source ? "divide" : "multiply");
    if (original) return { originalAmountMinor: sign * original, originalCurrency: source, fxRate: rate };
  }
  return readForeignAmountFields(text, currency, billed);
}

function readEntry(entry: XmlNode, lineNo: number, reportDate: { date: string; time?: string } | null): UnfingerprintedRecord | "statement.badDate" | "statement.badAmount" | "statement.badCurrency" {
  const amountNode = pick(entry, "Amt");
  const currency = attributeOf(amountNode, "Ccy").toUpperCase();
  const amount = parseSignedAmount(textOf(amountNode), currency, ".");
  if (!currency) return "statement.badCurrency";
  if (!amount.ok) return "statement.badAmount";
  const isDebit = textOf(pick(entry, "CdtDbtInd")) === "DBIT";
  const billed = isDebit ? Math.abs(amount.minor) : -Math.abs(amount.minor);
  const tx = pick(entry, "NtryDtls.TxDtls");
  const booked = readCamtDate(pick(entry, "BookgDt"));
  // An entry with neither booking nor value date (seen in camt.052/054 notifications) is dated by its report.
  const when = readCamtDate(pick(tx, "RltdDts.TxDtTm")) ?? readCamtDate(pick(entry, "ValDt")) ?? booked ?? reportDate;
  if (!when) return "statement.badDate";
  const party = firstText(tx, isDebit ? ["RltdPties.Cdtr.Nm", "RltdPties.Cdtr.Pty.Nm"] : ["RltdPties.Dbtr.Nm", "RltdPties.Dbtr.Pty.Nm"]);
  const remittanceInfo = pick(tx, "RmtInf") as Record<string, XmlNode> | undefined;
  const remittance = listOf(remittanceInfo?.Ustrd).map(textOf).join(" ");
  const extra = firstText(tx, ["AddtlTxInf"]) || firstText(entry, ["AddtlNtryInf"]);
  const merchant = decodeXmlText([party, remittance || extra].filter(Boolean).join(" / ")).slice(0, 500);
  const status = firstText(entry, ["Sts.Cd"]) || textOf(pick(entry, "Sts"));
  const isReversal = textOf(pick(entry, "RvslInd")) === "true";
  const codes = `${describeCodes(entry)} ${isReversal ? "reversal" : ""} ${merchant}`;
  const classified = classifyRow(codes, status === "PDNG" ? "pending" : "", billed >= 0, false);
  if ("declined" in classified) return "statement.badAmount";
  const record: UnfingerprintedRecord = {
    source: "statement", ...classified, transactionDate: when.date, billedAmountMinor: billed, billedCurrency: currency,
    merchant, references: { row: lineNo },
  };
  if (when.time) record.transactionTime = when.time;
  if (booked && classified.state === "posted") record.postingDate = booked.date;
  Object.assign(record, readOriginalAmount(tx, currency, billed, `${remittance} ${extra}`));
  const reference = firstText(tx, ["Refs.AcctSvcrRef"]) || firstText(entry, ["AcctSvcrRef"]) || firstText(tx, ["Refs.TxId", "Refs.EndToEndId"]);
  if (reference && reference !== "NOTPROVIDED") record.references.issuerTransactionId = reference;
  const last4 = readCardLast4(firstText(entry, ["CardTx.Card.PlainCardData.Pan", "CardTx.Card.MskdPAN", "Card.PlainCardData.Pan"]));
  if (last4) record.cardLast4 = last4;
  return record;
}

function parseTree(text: string): Record<string, XmlNode> | null {
  try {
    return parser.parse(text) as Record<string, XmlNode>;
  } catch {
    return null;
  }
}

/** Parses decoded camt text; the caller has checked size and refused XML declarations. */
export function parseCamtText(text: string, encoding: StatementEncoding): StatementParseResult {
  const base = { format: "camt" as const, encoding, delimiter: null, headers: [], needsMapping: false, preview: [] };
  const document = pick(parseTree(text), "Document");
  const message = MESSAGES.find((m) => pick(document, m.root) !== undefined);
  if (!message) return { ...base, layout: null, records: [], issues: [{ line: 0, message: "xml.malformed" }] };
  const offsets = listEntryOffsets(text);
  const lineAt = makeLineCounter(text);
  const lineOf = (index: number) => lineAt(offsets[index] ?? 0);
  const records: UnfingerprintedRecord[] = [];
  const issues: StatementIssue[] = [];
  let index = 0;
  const statements = listOf((pick(document, message.root) as Record<string, XmlNode>)[message.item]);
  const groupDate = readCamtDate(pick(pick(document, message.root), "GrpHdr.CreDtTm"));
  for (const statement of statements) {
    const created = readCamtDate(pick(statement, "CreDtTm")) ?? groupDate;
    const reportDate = created ? { date: created.date } : null;
    for (const entry of listOf((statement as Record<string, XmlNode>).Ntry)) {
      const line = lineOf(index);
      index += 1;
      const built = readEntry(entry, line, reportDate);
      if (typeof built === "string") issues.push({ line, message: built });
      else records.push(built);
    }
  }
  if (records.length === 0 && issues.length === 0) issues.push({ line: 0, message: "statement.noTransactions" });
  return { ...base, layout: message.id, records: assignFingerprints(records.map(redactRecordText)), issues };
}

/** camt.052/053/054 bytes → records; refuses files over the size limit and XML carrying declarations. */
export function parseCamtStatement(bytes: Uint8Array): StatementParseResult {
  const checked = readXmlStatement(bytes, "camt");
  return "refused" in checked ? checked.refused : parseCamtText(checked.text, checked.encoding);
}
