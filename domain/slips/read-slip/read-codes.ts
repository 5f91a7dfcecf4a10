/**
 * Printed identifiers (MID, TID, batch, trace, RRN, approval code, AID, TVR, TSI, response
 * code): a known label, then the value after it on the same line — or alone on the next line,
 * as bilingual Chinese slips print them. OCR look-alikes are repaired only inside the value
 * ("O" → "0" in a hex AID), and a value must have its field's shape to be taken at all.
 */
import type { SlipLine } from "./normalize-line";
import { repairCode } from "./normalize-line";
import { CODE_LABELS, CODE_VALUES, type CodeField } from "./vocabulary";

export type Candidate = { value: string; confidence: number; line: number; reason: string };

const NUMERIC: ReadonlySet<CodeField> = new Set(["batch", "trace"]);
const HEX: ReadonlySet<CodeField> = new Set(["aid", "tvr", "tsi"]);

/** The first token after the label that has the field's shape, repaired. */
function valueAfter(field: CodeField, rest: string): string | null {
  // "(MERCHANT NO):" after 商户编号 is the label's English half, not a value.
  const cleaned = rest.replace(/\([^)]*\)/gu, " ").replace(/^[\s:：.#№)(\]\[-]+/u, "").replace(/[()]/g, " ");
  // Labels whose value is several groups ("123 456") are rare; identifiers are one token.
  const tokens = cleaned.split(/\s+/).filter(Boolean);
  for (const token of tokens.slice(0, 3)) {
    const bare = token.replace(/[:：.,;]+$/u, "").replace(/^[:：#]+/u, "");
    const repaired = NUMERIC.has(field) ? repairCode(bare) : repairCode(bare, true);
    const value = HEX.has(field) ? repaired.replace(/O/g, "0").replace(/^AG/, "A0") : repaired;
    // Every printed identifier has a digit; a word of letters after a label is another label.
    if (CODE_VALUES[field].test(value) && /\d/.test(value)) return value;
  }
  return null;
}

export function findCode(field: CodeField, lines: readonly SlipLine[]): Candidate | null {
  const label = CODE_LABELS[field];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    const match = label.exec(line.text);
    if (!match) continue;
    const rest = line.text.slice((match.index ?? 0) + match[0].length);
    const inline = valueAfter(field, rest);
    if (inline) return { value: inline, confidence: line.confidence, line: i, reason: `label "${match[0].trim()}"` };
    // Value on the next line, alone (the label line has nothing else after the label).
    const next = lines[i + 1];
    if (next && rest.replace(/[\s:：()A-Z./#-]/gu, "") === "" ) {
      const own = valueAfter(field, next.text);
      if (own && next.text.replace(/[\s:：]/g, "").length <= own.length + 2) {
        return { value: own, confidence: next.confidence * 0.95, line: i + 1, reason: `label "${match[0].trim()}", next line` };
      }
    }
  }
  return null;
}

/** An AID anywhere (French and Thai slips print it bare or under "APP"): A0 + 5-byte RID + PIX. */
export function findBareAid(lines: readonly SlipLine[]): Candidate | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SlipLine;
    for (const token of line.text.split(/\s+/)) {
      const value = token.replace(/O/g, "0").replace(/[:.]$/, "");
      if (/^A0{3,}[0-9A-F]{6,}$/.test(value) && CODE_VALUES.aid.test(value)) {
        return { value, confidence: line.confidence * 0.9, line: i, reason: "AID shape" };
      }
    }
  }
  return null;
}
