/**
 * How alike a slip's merchant name and an issuer descriptor are, 0..1, with the reason. Real
 * descriptors are cut at 22–25 characters, upper-cased, carry processor prefixes, store numbers,
 * city and country, and may be in another script than what the traveller typed. The score is the
 * best of: a chain alias shared across scripts (merchant-aliases.ts) → 1; the same letters → 1;
 * one name a prefix of the other (a cut descriptor) → 0.8–1; weighted word overlap (Sørensen–Dice
 * over word weights, where a cut last word matches its prefix and generic words weigh little);
 * letter-pair overlap for spelling variants ("MC DONALDS" / "MCDONALDS"). What must stay true:
 * names in two different scripts with no alias are "unknown" (not evidence against a match), and
 * a missing name is "unknown" too — matching then asks for other evidence. See docs/matching.md.
 */
import { findChainAlias, foldAliasText } from "./merchant-aliases";
import { listPlaceWords, prepareMerchant, type MerchantWord, type PreparedMerchant } from "./merchant-words";
import type { Reason } from "./match-types";

export type MerchantVerdict = "same" | "alias" | "truncated" | "words" | "letters" | "different" | "differentScript" | "missing";

export type MerchantComparison = {
  /** 0..1, two decimals. */
  score: number;
  verdict: MerchantVerdict;
  /** True when the names say nothing either way (missing, or different scripts without an alias). */
  isUnknown: boolean;
  reason: Reason;
};

export type MerchantContext = { places?: readonly string[] };

/** Names at or above this are "similar" for matching and for linking a hold to its posting. */
export const SIMILAR_MERCHANT = 0.5;

/** The chain alias, looked up once per prepared name (names are cached by the engine). */
function findAlias(prepared: PreparedMerchant): string | null {
  if (prepared.alias === undefined) prepared.alias = findChainAlias(prepared.words.map((w) => foldAliasText(w.text)));
  return prepared.alias;
}

/** Drops the slip's or record's own city words; a cut last word that starts a city word goes too. */
function dropPlaces(words: MerchantWord[], places: ReadonlySet<string>): MerchantWord[] {
  if (places.size === 0 || words.length < 2) return words;
  const kept = words.filter((w) => !places.has(w.text));
  const last = kept[kept.length - 1];
  if (last && kept.length > 1 && last.text.length >= 3 && [...places].some((p) => p.length > last.text.length && p.startsWith(last.text))) {
    kept.pop();
  }
  return kept.length > 0 ? kept : words;
}

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((ch, i) => chars[i] + ch);
}

function diceOfStrings(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of left) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of right) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Weight two words share: equal, a cut word that prefixes the other, or CJK runs that overlap. */
function overlapWeight(a: MerchantWord, b: MerchantWord, aIsLast: boolean, bIsLast: boolean): number {
  if (a.text === b.text) return a.weight;
  const [short, long, shortIsLast] = a.text.length <= b.text.length ? [a, b, aIsLast] : [b, a, bIsLast];
  if (a.isCjk && b.isCjk) {
    if (short.text.length >= 2 && long.text.includes(short.text)) return short.weight;
    const dice = diceOfStrings(a.text, b.text);
    return dice >= 0.5 ? dice * Math.min(a.weight, b.weight) : 0;
  }
  const canBePrefix = short.text.length >= 5 || (short.text.length >= 3 && shortIsLast);
  return canBePrefix && long.text.startsWith(short.text) ? short.weight : 0;
}

function scoreWordOverlap(a: MerchantWord[], b: MerchantWord[]): number {
  const used = new Set<number>();
  let shared = 0;
  a.forEach((left, i) => {
    let best = 0;
    let bestJ = -1;
    b.forEach((right, j) => {
      if (used.has(j)) return;
      const w = overlapWeight(left, right, i === a.length - 1, j === b.length - 1);
      if (w > best) [best, bestJ] = [w, j];
    });
    if (bestJ >= 0) {
      used.add(bestJ);
      shared += best;
    }
  });
  const total = a.reduce((s, w) => s + w.weight, 0) + b.reduce((s, w) => s + w.weight, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

function findLeadWord(words: MerchantWord[]): MerchantWord | undefined {
  return words.find((w) => w.weight >= 2) ?? words[0];
}

function sharesLeadWord(a: MerchantWord[], b: MerchantWord[]): boolean {
  const hits = (lead: MerchantWord | undefined, others: MerchantWord[]) =>
    lead !== undefined && others.some((w, j) => overlapWeight(lead, w, true, j === others.length - 1) > 0);
  return hits(findLeadWord(a), b) || hits(findLeadWord(b), a);
}

function verdictOf(score: number, verdict: MerchantVerdict, isUnknown: boolean, slip: string, descriptor: string): MerchantComparison {
  const rounded = Math.round(score * 100) / 100;
  return { score: rounded, verdict, isUnknown, reason: { key: `merchant.${verdict}`, params: { slipName: slip, descriptor } } };
}

/** Compares two prepared names; `places` are city/country words either side may carry. */
export function comparePreparedMerchants(
  slip: PreparedMerchant, record: PreparedMerchant, places: ReadonlySet<string>, names: { slip: string; descriptor: string },
): MerchantComparison {
  const a = dropPlaces(slip.words, places);
  const b = dropPlaces(record.words, places);
  if (a.length === 0 || b.length === 0) return verdictOf(0, "missing", true, names.slip, names.descriptor);
  const joinedA = a.map((w) => w.text).join("");
  const joinedB = b.map((w) => w.text).join("");
  if (joinedA === joinedB) return verdictOf(1, "same", false, names.slip, names.descriptor);
  const aliasA = findAlias(slip);
  const aliasB = aliasA === null ? null : findAlias(record);
  if (aliasA !== null && aliasA === aliasB) return verdictOf(1, "alias", false, names.slip, names.descriptor);
  // Two different known chains ("LAWSON SHINJUKU" / "STARBUCKS SHINJUKU") share at most a place.
  if (aliasA !== null && aliasB !== null) return verdictOf(0, "different", false, names.slip, names.descriptor);
  const crossesScripts = (slip.hasCjk && !slip.hasLatin && !record.hasCjk) || (record.hasCjk && !record.hasLatin && !slip.hasCjk);
  if (crossesScripts) return verdictOf(0, "differentScript", true, names.slip, names.descriptor);
  const [shorter, longer] = joinedA.length <= joinedB.length ? [joinedA, joinedB] : [joinedB, joinedA];
  const shorterWords = joinedA.length <= joinedB.length ? a : b;
  // A cut descriptor is a prefix of the full name; a bare generic word ("PHARMACIE") is not a name.
  if (shorter.length >= 6 && longer.startsWith(shorter) && shorterWords.some((w) => w.weight >= 2)) {
    return verdictOf(0.8 + (0.2 * shorter.length) / longer.length, "truncated", false, names.slip, names.descriptor);
  }
  // Sharing only a district or a generic word is not enough: one name's first distinctive word
  // (descriptors lead with the brand) must be found in the other.
  const cap = sharesLeadWord(a, b) ? 1 : SIMILAR_MERCHANT - 0.05;
  const words = Math.min(scoreWordOverlap(a, b), cap);
  const letters = Math.min(0.9 * diceOfStrings(joinedA, joinedB), cap);
  const best = Math.round(Math.max(words, letters) * 100) / 100;
  if (best < SIMILAR_MERCHANT) return verdictOf(best, "different", false, names.slip, names.descriptor);
  return verdictOf(best, words >= letters ? "words" : "letters", false, names.slip, names.descriptor);
}

/** 0..1 similarity of a slip's merchant name and an issuer descriptor, with the reason. */
export function compareMerchantNames(slipName: string, descriptor: string, context: MerchantContext = {}): MerchantComparison {
  const places = new Set(listPlaceWords(...(context.places ?? [])));
  return comparePreparedMerchants(prepareMerchant(slipName), prepareMerchant(descriptor), places, { slip: slipName, descriptor });
}
