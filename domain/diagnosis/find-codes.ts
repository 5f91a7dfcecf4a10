/**
 * Finds response and terminal codes in normalised text (tables in terminal-codes.ts). EMV codes
 * count anywhere as a word; two-letter terminal codes and two-digit ISO 8583 codes count only
 * right after a code label ("RC 51", "RESP:05", "CODE:91", "响应码 51", "DECLINED (05)") or
 * when the whole input is codes ("51", "Z3", "rc"). A code followed by ":" or "." and a digit
 * is a time or an amount ("12:30", "51.00"), never a code. See docs/diagnosis.md.
 */
import { compactText, isCjkChar, tokenize, type Token } from "./normalize-text";
import type { SignalId } from "./signals";
import { CJK_CODE_LABELS, CODE_LABELS, CONTEXT_CODES, EMV_CODES, OUTCOME_LABELS, SPANISH_ACQUIRER_CODES } from "./terminal-codes";

export type CodeHit = { id: SignalId; start: number; matched: string };

/** Only separators may stand between a label and its code. */
const SEPARATORS = /^[\s:=#\-()[\]/.,]*$/;
const MAX_BARE_TOKENS = 4;

function isCode(text: string): boolean {
  return text in EMV_CODES || text in CONTEXT_CODES;
}

/** "rc 51": rc labels the number; a bare "rc" is the chip read error. */
function isLabelOfNextCode(tokens: Token[], at: number, normalized: string): boolean {
  const next = tokens[at + 1];
  const token = tokens[at];
  if (!next || !token || !/^\d{2}$|^1a$/.test(next.text)) return false;
  return SEPARATORS.test(normalized.slice(token.end, next.start));
}

/** Where the label before the code starts, or null when the code stands without one. */
function findLabelBefore(tokens: Token[], at: number, normalized: string): number | null {
  const token = tokens[at];
  if (!token) return null;
  const previous = tokens[at - 1];
  const isDigitCode = /^\d/.test(token.text);
  if (
    previous &&
    (CODE_LABELS.has(previous.text) || (isDigitCode && OUTCOME_LABELS.has(previous.text))) &&
    SEPARATORS.test(normalized.slice(previous.end, token.start))
  ) {
    return previous.start;
  }
  // Chinese labels sit directly before the code, with at most punctuation between.
  const windowStart = Math.max(0, token.start - 12);
  const before = normalized.slice(windowStart, token.start).replace(/[\s:=#\-()[\]/.,]+$/, "");
  const label = CJK_CODE_LABELS.find((candidate) => before.endsWith(candidate));
  return label ? windowStart + before.length - label.length : null;
}

/** A time or an amount: "12:30", "51.00", "14/05". */
function isFollowedByNumber(normalized: string, token: Token): boolean {
  return /^[:.,/]\d/.test(normalized.slice(token.end, token.end + 2));
}

function isBareCodeInput(normalized: string, tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_BARE_TOKENS) return false;
  let withoutLabels = compactText(normalized);
  for (const label of CJK_CODE_LABELS) withoutLabels = withoutLabels.split(label).join("");
  if ([...withoutLabels].some(isCjkChar)) return false;
  return tokens.some((token) => isCode(token.text)) && tokens.every((token) => isCode(token.text) || CODE_LABELS.has(token.text) || OUTCOME_LABELS.has(token.text));
}

export function findCodes(normalized: string): CodeHit[] {
  const tokens = tokenize(normalized);
  const isBare = isBareCodeInput(normalized, tokens);
  const hits: CodeHit[] = [];
  tokens.forEach((token, at) => {
    const emv = EMV_CODES[token.text];
    if (emv) {
      hits.push({ id: emv, start: token.start, matched: token.text });
      return;
    }
    const acquirerCode = /^\d{3,4}$/.test(token.text) ? SPANISH_ACQUIRER_CODES[token.text.replace(/^0(?=\d{3}$)/, "")] : undefined;
    if (acquirerCode) {
      if (isFollowedByNumber(normalized, token)) return;
      const start = findLabelBefore(tokens, at, normalized);
      if (start !== null) hits.push({ id: acquirerCode, start, matched: normalized.slice(start, token.end) });
      return;
    }
    const signal = CONTEXT_CODES[token.text];
    if (!signal || isFollowedByNumber(normalized, token)) return;
    if (token.text === "rc" && isLabelOfNextCode(tokens, at, normalized)) return;
    const labelStart = findLabelBefore(tokens, at, normalized);
    if (labelStart === null && !isBare) return;
    hits.push({ id: signal, start: token.start, matched: normalized.slice(labelStart ?? token.start, token.end) });
  });
  return hits;
}

const SEPARATOR_CHARS = "\\s:=#\\-()[\\]/,，：（）";
const CODE_AFTER = new RegExp(`^[${SEPARATOR_CHARS}]{0,3}(\\d{2}|1a)(?!\\d)(?![:.,/]\\d)`);
const CODE_BEFORE = new RegExp(`(?:^|[^\\d.,:/])(\\d{2})[${SEPARATOR_CHARS}]{1,3}$`);

/**
 * A two-digit code written right beside a recognised phrase counts too: "交易超时 91",
 * "DECLINED 05", "05 Do not honor", "Σφάλμα: 51 Ανεπαρκή κεφάλαια". Only separators may stand
 * between them, and a number followed by ":" or "." and a digit stays a time or an amount.
 */
export function findCodesBesidePhrases(normalized: string, phrases: readonly string[]): CodeHit[] {
  const hits: CodeHit[] = [];
  for (const phrase of new Set(phrases)) {
    if (phrase.length < 2) continue;
    for (let at = normalized.indexOf(phrase); at !== -1; at = normalized.indexOf(phrase, at + phrase.length)) {
      const after = CODE_AFTER.exec(normalized.slice(at + phrase.length, at + phrase.length + 8));
      const before = CODE_BEFORE.exec(normalized.slice(Math.max(0, at - 8), at));
      for (const [code, start] of [
        [after?.[1], at + phrase.length] as const,
        [before?.[1], Math.max(0, at - 8)] as const,
      ]) {
        const signal = code ? CONTEXT_CODES[code] : undefined;
        if (code && signal) hits.push({ id: signal, start, matched: code });
      }
    }
  }
  return hits;
}
