/**
 * Pulls statements and transactions out of OFX/QFX text without a full SGML parser. OFX 1.x is
 * SGML whose leaf elements are never closed ("<TRNAMT>-12.50" then a new line), OFX 2.x is XML
 * with closing tags; in both, aggregates such as <STMTTRN> … </STMTTRN> ARE closed, and a leaf's
 * value runs to the next "<" or line end. So one reader serves both versions, in one linear pass
 * per pattern (no nested quantifiers: no catastrophic backtracking). See docs/importers.md.
 */
import { decodeXmlText } from "./xml-guard";

export type OfxBlock = { body: string; offset: number };
export type OfxStatement = { isCreditCard: boolean; body: string; offset: number };

/** Every <NAME>…</NAME> aggregate in `text`, with its character offset. */
export function listBlocks(text: string, name: string, baseOffset = 0): OfxBlock[] {
  const blocks: OfxBlock[] = [];
  const open = new RegExp(`<${name}>`, "gi");
  const closeTag = `</${name.toLowerCase()}>`;
  const lower = text.toLowerCase();
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const start = match.index + match[0].length;
    const end = lower.indexOf(closeTag, start);
    if (end === -1) break;
    blocks.push({ body: text.slice(start, end), offset: baseOffset + match.index });
    open.lastIndex = end + closeTag.length;
  }
  return blocks;
}

/** Bank (STMTRS) and credit-card (CCSTMTRS) statements; a file may hold several accounts. */
export function listStatements(text: string): OfxStatement[] {
  const bank = listBlocks(text, "STMTRS").map((b) => ({ ...b, isCreditCard: false }));
  const card = listBlocks(text, "CCSTMTRS").map((b) => ({ ...b, isCreditCard: true }));
  return [...bank, ...card].sort((a, b) => a.offset - b.offset);
}

/** The value of the first leaf <NAME> in `body`, entities decoded; undefined when absent or empty. */
export function readLeaf(body: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([^<\\r\\n]*)`, "i").exec(body);
  const value = match ? decodeXmlText(match[1] ?? "").trim() : "";
  return value === "" ? undefined : value;
}

/** "20261105120000.000[-5:EST]" → date and, when the bank gave a real one, time. */
export function readOfxDate(value: string | undefined): { date: string; time?: string } | null {
  const match = value ? /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2}))?/.exec(value) : null;
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const time = match[4] !== undefined && `${match[4]}${match[5]}` !== "0000" ? `${match[4]}:${match[5]}` : undefined;
  return time ? { date, time } : { date };
}
