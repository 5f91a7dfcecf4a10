/**
 * Finds the destination-language phrases of vocabulary/ in normalised terminal text. Scripts
 * written with spaces (Latin, Greek, Cyrillic, Arabic, Vietnamese) match whole words, so "red"
 * inside "credit" never counts; scripts written without spaces (Japanese, Korean, Thai, Chinese)
 * match on the text with spaces and punctuation removed, because people type them either way
 * (거래 거절 / 거래거절). Matching is exact after normalisation (accents and letter forms are
 * folded there); typos are tolerated only for English and Chinese (find-phrases.ts).
 * See docs/diagnosis.md.
 */
import type { PhraseHit } from "./find-phrases";
import { normalizeTerminalText } from "./normalize-text";
import type { SignalId } from "./signals";
import { VOCABULARIES } from "./vocabulary";

const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u0e00-\u0e7f]/u;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

type Compiled = { id: SignalId; phrase: string; language: string };

function compile(): { spaced: Compiled[]; unspaced: Compiled[] } {
  const spaced: Compiled[] = [];
  const unspaced: Compiled[] = [];
  for (const vocabulary of VOCABULARIES) {
    for (const [id, raw] of vocabulary.entries) {
      const normalized = normalizeTerminalText(raw);
      if (UNSPACED_SCRIPT.test(normalized)) unspaced.push({ id, phrase: normalized.replace(NOT_WORD, ""), language: vocabulary.language });
      else spaced.push({ id, phrase: ` ${normalized.replace(NOT_WORD, " ").trim()} `, language: vocabulary.language });
    }
  }
  return { spaced, unspaced };
}

const TABLE = compile();

/** All hits, longest first at a place; resolveOverlaps (find-phrases.ts) keeps the longest. */
export function findForeignPhrases(normalized: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const spacedText = ` ${normalized.replace(NOT_WORD, " ").trim()} `;
  for (const { id, phrase } of TABLE.spaced) {
    for (let at = spacedText.indexOf(phrase); at !== -1; at = spacedText.indexOf(phrase, at + 1)) {
      hits.push({ id, start: at, end: at + phrase.length - 1, exact: true, matched: phrase.trim() });
    }
  }
  if (UNSPACED_SCRIPT.test(normalized)) {
    const compact = normalized.replace(NOT_WORD, "");
    for (const { id, phrase } of TABLE.unspaced) {
      for (let at = compact.indexOf(phrase); at !== -1; at = compact.indexOf(phrase, at + 1)) {
        hits.push({ id, start: at, end: at + phrase.length, exact: true, matched: phrase });
      }
    }
  }
  return hits;
}

/** Phrase counts per language, for the docs and a unit test. */
export function countVocabulary(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { language, entries } of VOCABULARIES) counts[language] = (counts[language] ?? 0) + entries.length;
  return counts;
}
