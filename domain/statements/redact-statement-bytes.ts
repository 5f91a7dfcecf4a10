/**
 * The bytes of an uploaded statement as they may be kept: every full card number masked, the
 * rest untouched. A preview keeps its file until it is committed or expires, because the
 * traveller may still change the column mapping or the currency and the file is read again; a
 * raw export can carry whole card numbers (an "Account number" column, a file that is really a
 * list of cards), and nothing with a full card number may rest in the database.
 *
 * How: the file is decoded exactly as the parser decodes it (decodeStatementBytes: same
 * encoding decision), every card number the guard finds has each digit but its last four
 * replaced by `*` — an ASCII character every supported encoding writes as one byte, so columns,
 * quotes and separators stay where they were — and the text is encoded again in the file's own
 * encoding, BOM included when there was one. Reading the result gives the same rows with
 * `************1111` where `4111111111111111` stood: the card column's last 4 and the records'
 * redacted descriptions are the same as from the original.
 */
import iconv from "iconv-lite";
import { asciiDigitsOf, findCardNumbers } from "@/domain/cards/card-number-guard";
import { isIssuedCardNumber } from "@/domain/cards/issued-card-number";
import { decodeStatementBytes } from "./decode";

const DIGIT = /\p{Nd}/u;

/** The guard's matches that a scheme could have issued (see maskCardNumbersKeepingLayout). */
export function findIssuedCardNumbers(text: string) {
  return findCardNumbers(text).filter(({ start, end }) => isIssuedCardNumber(asciiDigitsOf(text.slice(start, end))));
}

/**
 * `text` with each card number's digits but the last four replaced by "*". Only numbers a scheme
 * could have issued (Luhn and a real IIN range and length, issued-card-number.ts): a statement is
 * full of long digit runs — OFX's DTPOSTED `20261110120000.000` is 17 Luhn-valid digits — and
 * masking one of those would change what the file says.
 */
export function maskCardNumbersKeepingLayout(text: string): string {
  const found = findIssuedCardNumbers(text);
  if (found.length === 0) return text;
  let out = "";
  let at = 0;
  for (const { start, end } of found) {
    out += text.slice(at, start);
    const span = text.slice(start, end);
    // Count digits from the end: the last four stay, every other digit becomes "*".
    const chars = Array.from(span);
    let keep = 4;
    for (let i = chars.length - 1; i >= 0; i -= 1) {
      if (!DIGIT.test(chars[i] ?? "")) continue;
      if (keep > 0) keep -= 1;
      else chars[i] = "*";
    }
    out += chars.join("");
    at = end;
  }
  return out + text.slice(at);
}

function bomFor(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(0, 3);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return bytes.subarray(0, 2);
  return new Uint8Array(0);
}

/** The file to keep: the same bytes when it holds no card number, else a masked copy. */
export function redactStatementBytes(bytes: Uint8Array): Uint8Array {
  const { text, encoding } = decodeStatementBytes(bytes);
  const masked = maskCardNumbersKeepingLayout(text);
  if (masked === text) return bytes;
  const body = iconv.encode(masked, encoding, { addBOM: false });
  const bom = bomFor(bytes);
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom, 0);
  out.set(body, bom.length);
  return out;
}
