/**
 * OCR text as the extractor reads it: NFKC (full-width to ASCII), upper case, one space, and
 * full card numbers cut to "•••• 1234" before anything else sees them (a merchant copy prints
 * the whole number; we keep the last 4 only). Only digit runs that a card scheme could have
 * issued are cut — a 15-digit UnionPay merchant ID is Luhn-valid one time in ten and must survive.
 */
import { findCardNumbers } from "../../cards/card-number-guard";
import { normalizeAmountText } from "../../money/amount-text";
import { containsIssuedCardNumber } from "../printed-code-guard";
import type { OcrLine, OcrPage } from "./ocr-page";

export type SlipLine = {
  index: number;
  /** Normalised text: upper case, single spaces (the columns' wide gaps become "  "). */
  text: string;
  confidence: number;
  y: number;
  height: number;
};

export type NormalizedPage = { lines: SlipLine[]; cutCardNumbers: string[] };

function cutCardNumbers(text: string, cut: string[]): string {
  const matches = findCardNumbers(text).filter((m) => containsIssuedCardNumber(text.slice(m.start, m.end).replace(/\D/g, "")));
  if (matches.length === 0) return text;
  let out = "";
  let cursor = 0;
  for (const match of matches) {
    out += text.slice(cursor, match.start) + `•••• ${match.last4}`;
    cut.push(match.last4);
    cursor = match.end;
  }
  return out + text.slice(cursor);
}

export function normalizeText(text: string): string {
  return normalizeAmountText(text.normalize("NFKC"))
    .toUpperCase()
    .replace(/[|¦]/g, " ")
    .replace(/\s{3,}/g, "  ")
    .replace(/[ \t]+$/g, "")
    .trim();
}

export function normalizePage(page: OcrPage): NormalizedPage {
  const cut: string[] = [];
  const lines = page.lines.map((line: OcrLine, index): SlipLine => ({
    index,
    text: cutCardNumbers(normalizeText(line.text), cut),
    confidence: Math.max(0, Math.min(1, line.confidence / 100)),
    y: line.box.y0,
    height: Math.max(1, line.box.y1 - line.box.y0),
  }));
  return { lines: lines.filter((line) => line.text !== ""), cutCardNumbers: cut };
}

/** OCR look-alikes inside a token that should be digits/hex: O→0, I/L/|→1, S→5, B→8 (only when mostly digits). */
export function repairCode(token: string, hex = false): string {
  const digitsShare = (token.match(/\d/g) ?? []).length / Math.max(1, token.length);
  if (digitsShare < 0.5) return token;
  let out = token.replace(/O/g, "0").replace(/[IL|]/g, "1");
  if (!hex) out = out.replace(/S/g, "5").replace(/B/g, "8");
  return out;
}
