/**
 * Letter-level helpers for merchant similarity: a name's words with the slip's or record's own
 * city dropped, and Sørensen–Dice over character pairs (works for "STARBUCKS 123" and "星巴克咖啡"
 * alike; pairs are UTF-16 units, which is exact for every name outside the rare astral planes). A prepared name caches its joined letters and pair counts the first time they are
 * needed — matching compares one record with many slips — and the cache is only used when no word
 * was dropped, which is what must stay true for it to be right. See docs/matching.md.
 */
import type { MerchantWord, PreparedMerchant } from "./merchant-words";

/**
 * Drops the slip's or record's own city words; a cut last word that starts a city word goes too.
 * Returns the very same array when nothing is dropped (the cache relies on it); never empties.
 */
export function dropPlaces(words: MerchantWord[], places: ReadonlySet<string>): MerchantWord[] {
  if (places.size === 0 || words.length < 2) return words;
  const kept = words.filter((w) => !places.has(w.text));
  const last = kept[kept.length - 1];
  if (last && kept.length > 1 && last.text.length >= 3) {
    for (const place of places) {
      if (place.length > last.text.length && place.startsWith(last.text)) {
        kept.pop();
        break;
      }
    }
  }
  if (kept.length === 0) return words;
  return kept.length === words.length ? words : kept;
}

/**
 * The name's character pairs as a sorted list of numbers (first unit × 65 536 + second): comparing
 * two names is then a merge of two small arrays, with no Map (nor typed-array buffer) per name.
 */
function encodeBigrams(text: string): number[] {
  const codes: number[] = [];
  for (let i = 1; i < text.length; i += 1) codes.push(text.charCodeAt(i - 1) * 65_536 + text.charCodeAt(i));
  return codes.sort((a, b) => a - b);
}

/** Sørensen–Dice over character pairs; names too short for a pair count as equal or not. */
export function diceOfBigrams(a: readonly number[], b: readonly number[], joinedA: string, joinedB: string): number {
  if (a.length === 0 || b.length === 0) return joinedA === joinedB ? 1 : 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return (2 * shared) / (a.length + b.length);
}

export function diceOfStrings(a: string, b: string): number {
  return diceOfBigrams(encodeBigrams(a), encodeBigrams(b), a, b);
}

export type Letters = { joined: string; bigrams: number[] };

/** The words joined and their letter pairs; cached on the prepared name when `words` is its own list. */
export function readLetters(prepared: PreparedMerchant, words: MerchantWord[]): Letters {
  if (words !== prepared.words) {
    const joined = words.map((w) => w.text).join("");
    return { joined, bigrams: encodeBigrams(joined) };
  }
  prepared.joined ??= words.map((w) => w.text).join("");
  prepared.bigrams ??= encodeBigrams(prepared.joined);
  return { joined: prepared.joined, bigrams: prepared.bigrams };
}
