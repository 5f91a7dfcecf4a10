/**
 * Reads what the traveller typed or picked from the terminal screen or slip and says which
 * signals it recognised: phrases in English or Chinese (with typos), EMV, terminal and ISO 8583
 * codes. It is the first step of the diagnosis and the only one that sees free text, so it
 * never throws and stays fast on anything pasted into it (long text, control characters,
 * emoji). Each signal is reported once, in the order it appears. See docs/diagnosis.md.
 */
import { findCodes } from "./find-codes";
import { findChinesePhrases, findEnglishPhrases, resolveOverlaps } from "./find-phrases";
import { compactText, normalizeTerminalText } from "./normalize-text";
import type { RecognisedSignal } from "./signals";

export type { RecognisedSignal, SignalId } from "./signals";

export type InterpretedText = { signals: RecognisedSignal[]; recognised: boolean };

export function interpretTerminalText(text: string): InterpretedText {
  if (typeof text !== "string") return { signals: [], recognised: false };
  const normalized = normalizeTerminalText(text);
  if (normalized === "") return { signals: [], recognised: false };
  // English and Chinese hits live on different strings (with and without spaces), so their
  // overlaps are resolved apart; start positions are close enough to order them together.
  const found = [
    ...resolveOverlaps(findEnglishPhrases(normalized)),
    ...resolveOverlaps(findChinesePhrases(compactText(normalized))),
    ...findCodes(normalized),
  ].sort((a, b) => a.start - b.start);
  const signals: RecognisedSignal[] = [];
  for (const hit of found) {
    if (!signals.some((signal) => signal.id === hit.id)) signals.push({ id: hit.id, matched: hit.matched });
  }
  return { signals, recognised: signals.length > 0 };
}
