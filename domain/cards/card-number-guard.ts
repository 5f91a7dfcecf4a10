/**
 * Finds full card numbers (PANs) in any text so they are refused or redacted before anything is
 * stored or logged: SlipTrack keeps the last 4 digits only. One left-to-right pass, no regex, so
 * 1 MB of log text costs milliseconds and no input can cause backtracking. The rules:
 * - Digits are any decimal digit of the Basic Multilingual Plane (Unicode Nd: ASCII, full-width,
 *   Arabic-Indic, Devanagari, Bengali, Thai, Myanmar, …). Zero-width characters (U+200B–U+200D,
 *   U+2060, U+FEFF, soft hyphen, bidi marks) are ignored entirely, even inside a group.
 * - A "run" is digits joined by at most 8 separators in a row: spaces of any width, tab,
 *   dashes, dots, middle dots, slashes, underscores — and line breaks after a printed group of
 *   4, so a number wrapped onto the next line is still one run (never in a run with slashes, so
 *   a row ending in digits above a row starting with a date stays apart). Commas, letters and a
 *   blank line end a run. Redaction keeps the line breaks it covers.
 * - Within a run, separators split digits into groups. A card number is a candidate of 13–19
 *   digits, not starting with 0 (no payment card does), that passes the Luhn check, where a
 *   candidate is (a) the whole run, or (b) a span of whole groups laid out as cards are printed:
 *   one group, 4-4-4-…-n, or 4-6-5 / 4-6-4 (Amex, Diners). So "4111 1111 1111 1111 123"
 *   (number + CVV) is caught, while a 23-digit ARN or two phone numbers on one line are not
 *   searched window by window — that would flag long references about half the time.
 * - A run right after "+" may be an international phone number (E.164: at most 15 digits), so
 *   there only candidates of 16 digits or more count: "+4111 1111 1111 1111" is a card.
 * - After a match the rest of the run is checked as if it were its own run, so that redacted
 *   text, where the match no longer joins its neighbours, holds no card number either.
 * See docs/card-data.md.
 */

export type CardNumberMatch = { start: number; end: number; last4: string };

type Group = { start: number; end: number; digits: string };
type Run = { groups: Group[]; phonePrefixed: boolean; hasBreak: boolean; hasSlash: boolean };
type InternalMatch = CardNumberMatch & { runContinues: boolean };

const MIN_PAN = 13;
const MAX_PAN = 19;
const MAX_SEPARATORS = 8;
const MAX_PHONE = 15;

/**
 * The value of every decimal digit of the BMP, built once from Unicode's own Nd category: each
 * script's digits are runs of ten code points from its zero, so a digit's value is its distance
 * from the run's start, modulo 10.
 */
const DIGIT_VALUES: Int8Array = (() => {
  const values = new Int8Array(0x10000).fill(-1);
  const isDigit = /\p{Nd}/u;
  let runStart = -1;
  for (let code = 0; code < 0x10000; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) { runStart = -1; continue; }
    if (isDigit.test(String.fromCharCode(code))) {
      if (runStart < 0) runStart = code;
      values[code] = (code - runStart) % 10;
    } else {
      runStart = -1;
    }
  }
  return values;
})();

function digitOf(code: number): number {
  return code < 0x10000 ? DIGIT_VALUES[code]! : -1;
}

/** The decimal digits of `text` in ASCII, from any script (every other character dropped). */
export function asciiDigitsOf(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const value = digitOf(text.charCodeAt(i));
    if (value >= 0) out += String.fromCharCode(48 + value);
  }
  return out;
}

function isSlashLike(code: number): boolean {
  return code === 0x2f || code === 0xff0f || code === 0x5f || code === 0xff3f;
}

/** The LF of a CRLF pair: part of the line break already counted. */
function isCrLf(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x0a && text.charCodeAt(i - 1) === 0x0d;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x85;
}

function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff || code === 0x00ad || code === 0x034f || code === 0x180e
  );
}

function isSeparator(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f || code === 0x3000 || code === 0x2d || (code >= 0x2010 && code <= 0x2015) ||
    code === 0x2212 || code === 0xff0d || code === 0x2e || code === 0xff0e || code === 0xb7 ||
    code === 0x30fb || code === 0x2f || code === 0xff0f || code === 0x5f || code === 0xff3f
  );
}

/** Luhn (mod 10) over an ASCII digit string; false for anything else, including "". */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let value = digits.charCodeAt(digits.length - 1 - i) - 0x30;
    if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    sum += value;
  }
  return sum % 10 === 0;
}

function isCardCandidate(digits: string, afterPlus = false): boolean {
  return digits.length >= (afterPlus ? MAX_PHONE + 1 : MIN_PAN) && digits.length <= MAX_PAN && digits[0] !== "0" && isLuhnValid(digits);
}

function joinDigits(groups: readonly Group[], from: number, to: number): string {
  let digits = "";
  for (let i = from; i <= to && digits.length <= MAX_PAN; i += 1) digits += groups[i]?.digits ?? "";
  return digits;
}

/** Last group index of each printed-card layout starting at `from`, longest first. */
function listLayoutEnds(groups: readonly Group[], from: number): number[] {
  const ends: number[] = [from];
  const len = (i: number) => groups[i]?.digits.length ?? 0;
  let total = len(from);
  for (let i = from + 1; i < groups.length && len(i - 1) === 4 && total < MAX_PAN; i += 1) {
    total += len(i);
    ends.push(i);
  }
  if (len(from) === 4 && len(from + 1) === 6 && (len(from + 2) === 5 || len(from + 2) === 4)) ends.push(from + 2);
  return ends.sort((a, b) => b - a);
}

function toMatch(groups: readonly Group[], from: number, to: number, digits: string): InternalMatch {
  const first = groups[from];
  const last = groups[to];
  return {
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    last4: digits.slice(-4),
    runContinues: to < groups.length - 1,
  };
}

function findLayoutMatch(run: Run, from: number): { from: number; to: number; digits: string } | null {
  for (let i = from; i < run.groups.length; i += 1) {
    for (const to of listLayoutEnds(run.groups, i)) {
      const digits = joinDigits(run.groups, i, to);
      if (isCardCandidate(digits, i === 0 && run.phonePrefixed)) return { from: i, to, digits };
    }
  }
  return null;
}

function checkWhole(run: Run, from: number, to: number, into: InternalMatch[]): boolean {
  if (to < from) return false;
  const digits = joinDigits(run.groups, from, to);
  if (!isCardCandidate(digits, from === 0 && run.phonePrefixed)) return false;
  into.push(toMatch(run.groups, from, to, digits));
  return true;
}

function scanRun(run: Run, into: InternalMatch[]): void {
  const lastGroup = run.groups.length - 1;
  let from = 0;
  while (from <= lastGroup) {
    if (checkWhole(run, from, lastGroup, into)) return;
    const found = findLayoutMatch(run, from);
    if (!found) return;
    checkWhole(run, from, found.from - 1, into);
    into.push(toMatch(run.groups, found.from, found.to, found.digits));
    from = found.to + 1;
  }
}

function isAfterPlus(text: string, index: number): boolean {
  for (let i = index - 1, spaces = 0; i >= 0; i -= 1) {
    const code = text.charCodeAt(i);
    if (code === 0x2b || code === 0xff0b) return true;
    if (isInvisible(code)) continue;
    if (code !== 0x20 || (spaces += 1) > 1) return false;
  }
  return false;
}

function scanText(text: string): InternalMatch[] {
  const matches: InternalMatch[] = [];
  let run: Run | null = null;
  let group: Group | null = null;
  let separators = 0;
  let lineBreaks = 0;
  const endRun = () => {
    if (run && group) run.groups.push(group);
    if (run) scanRun(run, matches);
    run = null;
    group = null;
    separators = 0;
    lineBreaks = 0;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const digit = digitOf(code);
    if (digit >= 0) {
      if (!run) run = { groups: [], phonePrefixed: isAfterPlus(text, i), hasBreak: false, hasSlash: false };
      if (group && separators === 0) {
        group.digits += String(digit);
        group.end = i + 1;
      } else {
        if (group) run.groups.push(group);
        group = { start: i, end: i + 1, digits: String(digit) };
      }
      separators = 0;
      lineBreaks = 0;
    } else if (isInvisible(code)) {
      continue;
    } else if (run && isSeparator(code) && separators < MAX_SEPARATORS && !(isSlashLike(code) && run.hasBreak)) {
      separators += 1;
      if (isSlashLike(code)) run.hasSlash = true;
    } else if (run && isLineBreak(code) && (isCrLf(text, i) || (lineBreaks === 0 && separators < MAX_SEPARATORS && group?.digits.length === 4 && !run.hasSlash))) {
      // A number wrapped onto the next line after a printed group of 4 (CRLF counts as one).
      // Never together with slashes: a line ending in digits above a line starting with a
      // date ("…,1250\n06/13/2024") is two rows of a file, not one number.
      if (!isCrLf(text, i)) lineBreaks += 1;
      separators += 1;
      run.hasBreak = true;
    } else if (run) {
      endRun();
    }
  }
  endRun();
  return matches;
}

/** Every card number in `text`, in order, with UTF-16 offsets [start, end) and its last 4 digits in ASCII. */
export function findCardNumbers(text: string): CardNumberMatch[] {
  return scanText(text).map(({ start, end, last4 }) => ({ start, end, last4 }));
}

export function containsCardNumber(text: string): boolean {
  return scanText(text).length > 0;
}

/**
 * True when only separators, invisible characters and line breaks stand between `from` and the
 * next digit: the kept last 4 could join it (across a line break too) into a new card number.
 */
function isDigitNext(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (digitOf(code) >= 0) return true;
    if (!isSeparator(code) && !isInvisible(code) && !isLineBreak(code)) return false;
  }
  return false;
}

/**
 * Replaces each card number with "•••• 1234". When the digit run went on after the number,
 * or only separators and line breaks stand before the next digit, " |" is added so the kept last 4 cannot join the following digits into a new card number.
 */
export function redactCardNumbers(text: string): string {
  const matches = scanText(text);
  if (matches.length === 0) return text;
  let out = "";
  let cursor = 0;
  for (const match of matches) {
    // Line breaks inside the number stay, so a redacted file keeps its lines (and row numbers).
    const breaks = text.slice(match.start, match.end).replace(/[^\n\u2028\u0085]|\r(?=\n)/g, "").replace(/\r/g, "\n");
    const apart = match.runContinues || isDigitNext(text, match.end) ? " |" : "";
    out += text.slice(cursor, match.start) + `•••• ${match.last4}` + apart + breaks;
    cursor = match.end;
  }
  return out + text.slice(cursor);
}
