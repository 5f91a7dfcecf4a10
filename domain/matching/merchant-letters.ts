/**
 * Letter-level helpers for merchant similarity: a name's words with the slip's or record's own
 * city dropped, and Sørensen–Dice over character pairs (works for "STARBUCKS 123" and "星巴克咖啡"
 * alike). A prepared name caches its joined letters and pair counts the first time they are
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

function countBigrams(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  for (let i = 1; i < chars.length; i += 1) {
    const gram = chars[i - 1]! + chars[i]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function sumCounts(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

/** Sørensen–Dice from pair counts; names too short for a pair count as equal or not. */
export function diceOfCounts(a: Map<string, number>, b: Map<string, number>, joinedA: string, joinedB: string): number {
  const totalA = sumCounts(a);
  const totalB = sumCounts(b);
  if (totalA === 0 || totalB === 0) return joinedA === joinedB ? 1 : 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [gram, n] of small) shared += Math.min(n, large.get(gram) ?? 0);
  return (2 * shared) / (totalA + totalB);
}

export function diceOfStrings(a: string, b: string): number {
  return diceOfCounts(countBigrams(a), countBigrams(b), a, b);
}

export type Letters = { joined: string; bigrams: Map<string, number> };

/** The words joined and their letter pairs; cached on the prepared name when `words` is its own list. */
export function readLetters(prepared: PreparedMerchant, words: MerchantWord[]): Letters {
  if (words !== prepared.words) {
    const joined = words.map((w) => w.text).join("");
    return { joined, bigrams: countBigrams(joined) };
  }
  prepared.joined ??= words.map((w) => w.text).join("");
  prepared.bigrams ??= countBigrams(prepared.joined);
  return { joined: prepared.joined, bigrams: prepared.bigrams };
}
