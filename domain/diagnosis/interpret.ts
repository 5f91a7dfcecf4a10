/**
 * Reads what the traveller typed or picked from the terminal screen or slip and says which
 * signals it recognised: phrases in English or Chinese (with typos) and in the destination
 * languages of vocabulary/, EMV, terminal and ISO 8583 codes, also a code written beside a phrase.
 * It is the first step of the diagnosis and the only one that sees free text, so it
 * never throws and stays fast on anything pasted into it (long text, control characters,
 * emoji). Each signal is reported once, in the order it appears. See docs/diagnosis.md.
 */
import { findCodes, findCodesBesidePhrases } from "./find-codes";
import { findForeignPhrases } from "./find-foreign-phrases";
import { findChinesePhrases, findEnglishPhrases, resolveOverlaps } from "./find-phrases";
import { compactText, normalizeTerminalText } from "./normalize-text";
import type { RecognisedSignal } from "./signals";

export type { RecognisedSignal, SignalId } from "./signals";

export type InterpretedText = { signals: RecognisedSignal[]; recognised: boolean };

/** Currencies a DCC prompt offers travellers ("PAY IN JPY / PAY IN TWD", "CHARGE IN EUR"). */
const DCC_CURRENCIES = "aud|cad|chf|cny|rmb|eur|gbp|hkd|jpy|krw|mop|myr|nzd|sgd|thb|twd|usd|vnd|idr|php|inr|try|rub|aed|sek|nok|dkk|czk|pln|huf";
const CURRENCY_CHOICE = new RegExp(`\\b(?:pay|charge|paid|bill|billed|settle) in (?:${DCC_CURRENCIES})\\b`, "g");

/** A terminal asking which currency to charge in is a dynamic currency conversion prompt. */
function findCurrencyChoice(normalized: string): { id: "currencyConversion"; start: number; matched: string }[] {
  return [...normalized.matchAll(CURRENCY_CHOICE)].map((m) => ({ id: "currencyConversion" as const, start: m.index, matched: m[0] }));
}

export function interpretTerminalText(text: string): InterpretedText {
  if (typeof text !== "string") return { signals: [], recognised: false };
  const normalized = normalizeTerminalText(text);
  if (normalized === "") return { signals: [], recognised: false };
  // English and Chinese hits live on different strings (with and without spaces), so their
  // overlaps are resolved apart; start positions are close enough to order them together.
  const known = [...resolveOverlaps(findEnglishPhrases(normalized)), ...resolveOverlaps(findChinesePhrases(compactText(normalized)))];
  // A destination-language phrase inside an English or Chinese hit is the same words ("offline"
  // in "offline approved"): the longer reading wins, as it does within one language.
  const foreign = resolveOverlaps(findForeignPhrases(normalized)).filter(
    (hit) => !known.some((other) => other.matched.length > hit.matched.length && other.matched.includes(hit.matched)),
  );
  const phrases = [...known, ...foreign];
  const found = [
    ...phrases,
    ...findCodes(normalized),
    ...findCodesBesidePhrases(normalized, phrases.map((hit) => hit.matched)),
    ...findCurrencyChoice(normalized),
  ].sort((a, b) => a.start - b.start);
  const signals: RecognisedSignal[] = [];
  for (const hit of found) {
    if (!signals.some((signal) => signal.id === hit.id)) signals.push({ id: hit.id, matched: hit.matched });
  }
  return { signals, recognised: signals.length > 0 };
}
