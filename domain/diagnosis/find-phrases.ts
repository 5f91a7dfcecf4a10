/**
 * Finds the phrases of phrases-en.ts and phrases-zh.ts in normalised terminal text. English is
 * compared word by word with a bounded edit distance, so "UNABLE TO GO ONLNE" and "DECLIEND"
 * count; a phrase typed without spaces ("COMMSERROR") is compared as one word. Chinese is
 * matched on the text without spaces, exactly or (from four characters up) with one wrong
 * character. An exact hit always beats a fuzzy one at the same place, and a longer phrase beats
 * one inside it. Work is bounded by the distinct words of the input, not its length.
 * See docs/diagnosis.md.
 */
import { couldBeWithin, getWordTolerance, maskLetters, measureEditDistance } from "./edit-distance";
import { isCjkChar, tokenize } from "./normalize-text";
import { EN_PHRASES } from "./phrases-en";
import { ZH_PHRASES } from "./phrases-zh";
import type { SignalId } from "./signals";

export type PhraseHit = { id: SignalId; start: number; end: number; exact: boolean; matched: string };

type EnPhrase = { id: SignalId; words: string[]; joined: string };

const EN_TABLE: EnPhrase[] = Object.entries(EN_PHRASES).flatMap(([id, phrases]) =>
  (phrases ?? []).map((phrase) => ({ id: id as SignalId, words: phrase.split(" "), joined: phrase.replace(/ /g, "") })),
);
const VOCABULARY: string[] = [...new Set(EN_TABLE.flatMap((phrase) => phrase.words))];
const VOCABULARY_IDS = new Map(VOCABULARY.map((word, index) => [word, index]));
/** Words that may carry typos, with what the filters need, so the per-input loop only compares. */
const FUZZY_VOCABULARY = VOCABULARY.flatMap((word, index) => {
  const tolerance = getWordTolerance(word.length);
  return tolerance === 0 || /\d/.test(word) ? [] : [{ word, index, tolerance, mask: maskLetters(word) }];
});
/** Phrases keyed by their first word, so each text position only tries phrases that can start there. */
const BY_FIRST_WORD = new Map<number, EnPhrase[]>();
for (const phrase of EN_TABLE) {
  const first = VOCABULARY_IDS.get(phrase.words[0] ?? "") ?? -1;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), phrase]);
}
const MULTI_WORD = EN_TABLE.filter((phrase) => phrase.words.length > 1 && phrase.joined.length >= 8).map((phrase) => ({
  ...phrase,
  tolerance: phrase.joined.length >= 12 ? 2 : 1,
  mask: maskLetters(phrase.joined),
}));

const ZH_TABLE = Object.entries(ZH_PHRASES).flatMap(([id, phrases]) =>
  (phrases ?? []).map((phrase) => ({ id: id as SignalId, phrase })),
);
const ZH_FUZZY_MIN_LENGTH = 4;

/** For one text word: vocabulary word index → edit distance, for the words it may stand for. */
function matchVocabulary(word: string): Map<number, number> {
  const hits = new Map<number, number>();
  const exact = VOCABULARY_IDS.get(word);
  if (exact !== undefined) hits.set(exact, 0);
  // Digits are codes and amounts: a typo there changes the meaning, so only exact.
  if (word.length < 4 || /\d/.test(word)) return hits;
  const mask = maskLetters(word);
  for (const candidate of FUZZY_VOCABULARY) {
    if (candidate.index === exact || Math.abs(candidate.word.length - word.length) > candidate.tolerance) continue;
    if (!couldBeWithin(mask, candidate.mask, candidate.tolerance)) continue;
    const distance = measureEditDistance(word, candidate.word, candidate.tolerance);
    if (distance <= candidate.tolerance) hits.set(candidate.index, distance);
  }
  return hits;
}

function matchPhraseAt(phrase: EnPhrase, matches: Map<number, number>[], at: number): { distance: number; exactWords: number } | null {
  let distance = 0;
  let exactWords = 0;
  for (let k = 0; k < phrase.words.length; k++) {
    const word = phrase.words[k] ?? "";
    const found = matches[at + k]?.get(VOCABULARY_IDS.get(word) ?? -1);
    if (found === undefined) return null;
    // A four-letter word may carry a typo only when the rest of the phrase vouches for it.
    if (found > 0 && word.length === 4 && phrase.words.length === 1) return null;
    distance += found;
    if (found === 0) exactWords++;
  }
  return exactWords === 0 && phrase.words.length > 1 ? null : { distance, exactWords };
}

export function findEnglishPhrases(normalized: string): PhraseHit[] {
  const tokens = tokenize(normalized);
  const cache = new Map<string, Map<number, number>>();
  const matches = tokens.map((token) => {
    let hit = cache.get(token.text);
    if (!hit) cache.set(token.text, (hit = matchVocabulary(token.text)));
    return hit;
  });
  const hits: PhraseHit[] = [];
  tokens.forEach((token, at) => {
    for (const vocabularyId of matches[at]?.keys() ?? []) {
      for (const phrase of BY_FIRST_WORD.get(vocabularyId) ?? []) {
        const result = matchPhraseAt(phrase, matches, at);
        if (!result) continue;
        const end = tokens[at + phrase.words.length - 1]?.end ?? token.end;
        hits.push({ id: phrase.id, start: token.start, end, exact: result.distance === 0, matched: normalized.slice(token.start, end) });
      }
    }
    // "UNABLETOGOONLINE", "COMMSERROR": people drop the spaces when they type a screen.
    if (token.text.length >= 8 && !/\d/.test(token.text)) {
      const mask = maskLetters(token.text);
      for (const phrase of MULTI_WORD) {
        const { tolerance } = phrase;
        if (Math.abs(phrase.joined.length - token.text.length) > tolerance || !couldBeWithin(mask, phrase.mask, tolerance)) continue;
        if (measureEditDistance(token.text, phrase.joined, tolerance) <= tolerance) {
          hits.push({ id: phrase.id, start: token.start, end: token.end, exact: token.text === phrase.joined, matched: token.text });
        }
      }
    }
  });
  return hits;
}

/** Positions of every character in the text, so a Chinese phrase is only tried where it can start. */
function indexCharacters(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (!isCjkChar(char)) continue;
    const positions = index.get(char);
    if (positions) positions.push(i);
    else index.set(char, [i]);
  }
  return index;
}

function countDifferences(text: string, at: number, phrase: string): number {
  let differences = 0;
  for (let k = 0; k < phrase.length && differences <= 1; k++) {
    const char = text[at + k] ?? "";
    if (char !== phrase[k]) differences += isCjkChar(char) ? 1 : 2;
  }
  return differences;
}

export function findChinesePhrases(compact: string): PhraseHit[] {
  if (![...compact].some(isCjkChar)) return [];
  const index = indexCharacters(compact);
  const hits: PhraseHit[] = [];
  for (const { id, phrase } of ZH_TABLE) {
    let from = compact.indexOf(phrase);
    const exactFound = from !== -1;
    while (from !== -1) {
      hits.push({ id, start: from, end: from + phrase.length, exact: true, matched: phrase });
      from = compact.indexOf(phrase, from + phrase.length);
    }
    if (exactFound || phrase.length < ZH_FUZZY_MIN_LENGTH) continue;
    // With at most one wrong character, the first or the second character is right.
    const starts = new Set([...(index.get(phrase[0] ?? "") ?? []), ...(index.get(phrase[1] ?? "") ?? []).map((i) => i - 1)]);
    for (const start of starts) {
      if (start < 0 || start + phrase.length > compact.length) continue;
      if (countDifferences(compact, start, phrase) === 1) {
        hits.push({ id, start, end: start + phrase.length, exact: false, matched: compact.slice(start, start + phrase.length) });
      }
    }
  }
  return hits;
}

/**
 * Keeps what the terminal most plausibly said: a hit lying inside a longer one is dropped
 * ("approved" inside "offline approved", also when the longer one has a typo), and a fuzzy hit
 * that only partly overlaps an exact one is dropped (读卡失败 typed right is not 刷卡失败).
 */
export function resolveOverlaps(hits: PhraseHit[]): PhraseHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const longest = sorted.reduce((max, hit) => Math.max(max, hit.end - hit.start), 0);
  const overlaps = (a: PhraseHit, b: PhraseHit) => a.start < b.end && b.start < a.end;
  const inside = (a: PhraseHit, b: PhraseHit) => a.start >= b.start && a.end <= b.end && a.end - a.start < b.end - b.start;
  // Only hits starting within one phrase length can overlap: keeps repeated text linear.
  return sorted.filter((hit, at) => {
    for (let j = at - 1; j >= 0 && (sorted[j]?.start ?? 0) > hit.start - longest; j--) {
      const other = sorted[j] as PhraseHit;
      if (inside(hit, other) || (!hit.exact && other.exact && overlaps(hit, other) && !inside(other, hit))) return false;
    }
    for (let j = at + 1; j < sorted.length && (sorted[j]?.start ?? Infinity) < hit.end; j++) {
      const other = sorted[j] as PhraseHit;
      if (inside(hit, other) || (!hit.exact && other.exact && !inside(other, hit))) return false;
    }
    return true;
  });
}
