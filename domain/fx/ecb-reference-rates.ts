/**
 * Reads the European Central Bank's euro foreign exchange reference rates in the formats the ECB
 * publishes them: `eurofxref-daily.xml`, `eurofxref-hist-90d.xml` and `eurofxref-hist.xml`
 * (gesmes envelope, `<Cube time="…">` days holding `<Cube currency="USD" rate="1.0163"/>`, in
 * single or double quotes) and the CSVs in `eurofxref.zip` ("Date, USD, JPY, …" then
 * "25 January 2018, 1.2407, …") and `eurofxref-hist.zip` ("Date,USD,…" then "2014-08-25,1.32,…",
 * with "N/A" for currencies no longer quoted). Every rate is "1 EUR = rate <currency>" on that
 * day; other pairs are crossed through the euro by the rate chain (rate-chain.ts). Pure and
 * linear: the server fetches the file when it is online and passes the text in. Never throws on
 * the file: unreadable parts come back as issues. See docs/matching.md ("Reference rates").
 */
import { isCalendarDate } from "@/domain/calendar";
import { isCurrencyCode } from "@/domain/money";
import type { ReferenceQuote } from "./rate-types";

export type EcbParseIssue = { line: number; message: "fx.ecb.badRate" | "fx.ecb.badDate" | "fx.ecb.unknownFormat" };
export type EcbParseResult = { quotes: ReferenceQuote[]; issues: EcbParseIssue[] };

const MONTHS: Readonly<Record<string, string>> = {
  january: "01", february: "02", march: "03", april: "04", may: "05", june: "06", july: "07", august: "08",
  september: "09", october: "10", november: "11", december: "12",
};
const RATE = /^\d{1,9}(?:\.\d{1,10})?$/;
const MAX_TEXT = 20_000_000;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line += 1;
  return line;
}

function readXml(text: string, issues: EcbParseIssue[]): ReferenceQuote[] {
  const quotes: ReferenceQuote[] = [];
  // One pass over the Cube tags: a "time" Cube opens a day, "currency" Cubes belong to it.
  const cube = /<Cube\s+(time|currency)\s*=\s*(["'])([^"']{1,20})\2(?:\s+rate\s*=\s*(["'])([^"']{1,24})\4)?/g;
  let day: string | null = null;
  for (let match = cube.exec(text); match; match = cube.exec(text)) {
    if (match[1] === "time") {
      day = isCalendarDate(match[3]!) ? match[3]! : null;
      if (!day) issues.push({ line: lineAt(text, match.index), message: "fx.ecb.badDate" });
      continue;
    }
    const currency = match[3]!.toUpperCase();
    const rate = match[5];
    if (!day) continue;
    if (!rate || !RATE.test(rate) || Number(rate) === 0) {
      issues.push({ line: lineAt(text, match.index), message: "fx.ecb.badRate" });
      continue;
    }
    // A currency ISO has retired since (HRK after 2023-01-01) is no longer payable: skipped quietly.
    if (!isCurrencyCode(currency)) continue;
    quotes.push({ base: "EUR", quote: currency, rate, asOf: day, source: "ECB" });
  }
  return quotes;
}

/** "25 January 2018" (daily CSV) or "2014-08-25" (history CSV) → "YYYY-MM-DD". */
function readCsvDate(cell: string): string | null {
  const iso = cell.trim();
  if (isCalendarDate(iso)) return iso;
  const match = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(iso);
  const month = match ? MONTHS[match[2]!.toLowerCase()] : undefined;
  if (!match || !month) return null;
  const date = `${match[3]}-${month}-${match[1]!.padStart(2, "0")}`;
  return isCalendarDate(date) ? date : null;
}

function readCsv(text: string, issues: EcbParseIssue[]): ReferenceQuote[] {
  const lines = text.split(/\r\n|\n|\r/);
  const header = lines[0]!.split(",").map((cell) => cell.trim().toUpperCase());
  const quotes: ReferenceQuote[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const cells = line.split(",");
    const date = readCsvDate(cells[0] ?? "");
    if (!date) {
      issues.push({ line: i + 1, message: "fx.ecb.badDate" });
      continue;
    }
    for (let c = 1; c < cells.length; c += 1) {
      const currency = header[c];
      const rate = cells[c]!.trim();
      if (!currency || rate === "" || rate.toUpperCase() === "N/A") continue;
      if (!RATE.test(rate) || Number(rate) === 0) {
        issues.push({ line: i + 1, message: "fx.ecb.badRate" });
        continue;
      }
      // Retired currencies (CYP, SIT, HRK …) are no longer payable: skipped quietly.
      if (!isCurrencyCode(currency)) continue;
      quotes.push({ base: "EUR", quote: currency, rate, asOf: date, source: "ECB" });
    }
  }
  return quotes;
}

/** ECB reference-rate file text (XML or CSV) → quotes "1 EUR = rate X" per day, sorted by day then currency. */
export function parseEcbReferenceRates(text: string): EcbParseResult {
  const issues: EcbParseIssue[] = [];
  const body = typeof text === "string" ? text.slice(0, MAX_TEXT).replace(/^\uFEFF/, "") : "";
  let quotes: ReferenceQuote[];
  if (/<Cube[\s>]/.test(body)) quotes = readXml(body, issues);
  else if (/^\s*Date\s*,/i.test(body)) quotes = readCsv(body.trimStart(), issues);
  else return { quotes: [], issues: [{ line: 1, message: "fx.ecb.unknownFormat" }] };
  quotes.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : 0));
  return { quotes, issues };
}
