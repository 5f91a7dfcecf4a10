/**
 * Text on the pack's pages: every string is redacted of card numbers first (the pack must hold
 * none, whatever a field carried), characters the embedded font cannot draw become "?" (never a
 * .notdef box), and lines wrap to the column width — between words for Latin text and between
 * any two characters for Chinese and Japanese, never putting closing punctuation ("，。）") at a
 * line start. A `PageWriter` keeps the cursor and starts a new page when the next line would not
 * fit.
 */
import "server-only";
import type { PDFDocument, PDFFont, PDFPage } from "pdf-lib";
import { rgb } from "pdf-lib";
import type { FontkitFont } from "fontkit";
import { redactCardNumbers } from "@/domain/cards/card-number-guard";

export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.4, 0.4, 0.45);

export type PackFont = { pdf: PDFFont; glyphs: FontkitFont };

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NO_LINE_START = /^[，。、；：！？）》」』】〕,.;:!?)\]}%’”]/;

/** Redacted, control characters gone, and every character the font lacks shown as "?". */
export function prepareText(text: string, font: PackFont): string {
  const safe = redactCardNumbers(text.normalize("NFC")).replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ");
  let out = "";
  for (const char of safe) {
    const code = char.codePointAt(0)!;
    out += char === "\n" || font.glyphs.hasGlyphForCodePoint(code) ? char : "?";
  }
  return out;
}

function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let word = "";
  for (const char of line) {
    if (char === " " || CJK.test(char)) {
      if (word) tokens.push(word);
      word = "";
      if (NO_LINE_START.test(char) && tokens.length > 0) tokens[tokens.length - 1] += char;
      else tokens.push(char);
    } else if (NO_LINE_START.test(char) && !word && tokens.length > 0 && tokens[tokens.length - 1] !== " ") {
      tokens[tokens.length - 1] += char;
    } else word += char;
  }
  if (word) tokens.push(word);
  return tokens;
}

/** Cuts a token wider than the column into pieces that fit. */
function cutToken(token: string, font: PDFFont, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of token) {
    if (piece && font.widthOfTextAtSize(piece + char, size) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  return [...pieces, piece];
}

/** Lines of at most `width` points; a single token wider than that is cut character by character. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const token of tokenize(paragraph)) {
      if (font.widthOfTextAtSize(line + token, size) <= width) {
        line += token;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      const pieces = token === " " ? [""] : cutToken(token, font, size, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? "";
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export class PageWriter {
  page: PDFPage;
  y: number;
  readonly pages: PDFPage[] = [];

  constructor(private readonly doc: PDFDocument) {
    this.page = this.addPage();
    this.y = PAGE.height - PAGE.margin;
  }

  addPage(): PDFPage {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(page);
    this.page = page;
    this.y = PAGE.height - PAGE.margin;
    return page;
  }

  /** Room for `height` points below the cursor, else a new page. */
  ensure(height: number): void {
    if (this.y - height < PAGE.margin + 20) this.addPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Wrapped text at `x`, advancing the cursor; returns the lines drawn. */
  text(text: string, font: PackFont, size: number, options: { x?: number; width?: number; color?: ReturnType<typeof rgb>; lineGap?: number } = {}): string[] {
    const x = options.x ?? PAGE.margin;
    const width = options.width ?? PAGE.width - PAGE.margin - x;
    const leading = size * (options.lineGap ?? 1.45);
    const lines = wrapText(prepareText(text, font), font.pdf, size, width);
    for (const line of lines) {
      this.ensure(leading);
      this.y -= leading;
      if (line) this.page.drawText(line, { x, y: this.y + (leading - size) / 2, size, font: font.pdf, color: options.color ?? INK });
    }
    return lines;
  }
}
