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
import { isHangulName, romaniseHangul } from "./hangul-romanise";
import { findChainAlias, foldAliasText } from "./merchant-aliases";
import { diceOfBigrams, diceOfStrings, dropPlaces, readLetters } from "./merchant-letters";
import { listPlaceWords, prepareMerchant, type MerchantWord, type PreparedMerchant } from "./merchant-words";
import type { Reason } from "./match-types";

export type MerchantVerdict = "same" | "alias" | "truncated" | "contained" | "acronym" | "words" | "letters" | "different" | "differentScript" | "missing";

export type MerchantScore = {
  /** 0..1, two decimals. */
  score: number;
  verdict: MerchantVerdict;
  /** True when the names say nothing either way (missing, or different scripts without an alias). */
  isUnknown: boolean;
};
export type MerchantComparison = MerchantScore & { reason: Reason };

export type MerchantContext = { places?: readonly string[] };

/** Names at or above this are "similar" for matching and for linking a hold to its posting. */
export const SIMILAR_MERCHANT = 0.5;

/** The chain alias, looked up once per prepared name (names are cached by the engine). */
function findAlias(prepared: PreparedMerchant): string | null {
  if (prepared.alias === undefined) prepared.alias = findChainAlias(prepared.words.map((w) => foldAliasText(w.text)));
  return prepared.alias;
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

/**
 * How much of `a`'s word weight is found in `b` (0..1): a slip's name inside a long descriptor
 * ("COOP PRONTO ZUERICH HB / KARTENZAHLUNG VISA DEBIT …", an OFX NAME + MEMO, a German
 * Verwendungszweck) is all there even though the descriptor's other words drown the overlap.
 */
function measureContainment(a: MerchantWord[], b: MerchantWord[]): { share: number; weight: number } {
  const weight = a.reduce((s, w) => s + w.weight, 0);
  if (weight === 0) return { share: 0, weight };
  let found = 0;
  a.forEach((left, i) => {
    let best = 0;
    b.forEach((right, j) => {
      best = Math.max(best, overlapWeight(left, right, i === a.length - 1, j === b.length - 1));
    });
    found += Math.min(best, left.weight);
  });
  return { share: found / weight, weight };
}

/**
 * "MoMA" / "THE MUSEUM OF MODERN ART", "KFC"-style short names: one side a single word of 3–6
 * letters that spells the initials of the other's three or more words (articles optional).
 */
function isAcronymOf(short: MerchantWord[], long: MerchantWord[]): boolean {
  if (short.length !== 1 || long.length < 3) return false;
  const word = short[0]!;
  if (word.isCjk || word.weight < 3 || !/^[A-Z]{3,6}$/.test(word.text)) return false;
  const initials = (words: MerchantWord[]) => words.map((w) => w.text[0]).join("");
  const content = long.filter((w) => w.weight !== 0.5);
  return !long.some((w) => w.isCjk) && (initials(long) === word.text || initials(content) === word.text ||
    initials(long.slice(1)) === word.text || initials(content.slice(1)) === word.text);
}

/** Below this much distinctive weight a name is too little to be "contained" anywhere ("CAFE"). */
const MIN_CONTAINED_WEIGHT = 5;
const MIN_CONTAINED_SHARE = 0.8;

function findLeadWord(words: MerchantWord[]): MerchantWord | undefined {
  return words.find((w) => w.weight >= 2) ?? words[0];
}

function sharesLeadWord(a: MerchantWord[], b: MerchantWord[]): boolean {
  const hits = (lead: MerchantWord | undefined, others: MerchantWord[]) =>
    lead !== undefined && others.some((w, j) => overlapWeight(lead, w, true, j === others.length - 1) > 0);
  return hits(findLeadWord(a), b) || hits(findLeadWord(b), a);
}

function verdictOf(score: number, verdict: MerchantVerdict, isUnknown: boolean): MerchantScore {
  return { score: Math.round(score * 100) / 100, verdict, isUnknown };
}

/** The reason the UI shows for a merchant comparison (built only for what is shown: it allocates). */
export function describeMerchantScore(score: MerchantScore, slipName: string, descriptor: string): Reason {
  return { key: `merchant.${score.verdict}`, params: { slipName, descriptor } };
}

/**
 * Compares two prepared names; `places` are city/country words either side may carry. A
 * descriptor joined from parts ("SBB CFF FFS / VISA Debit … SBB CFF FFS ZUERICH HB …") is also
 * compared part by part, and the best known comparison counts: the counterparty's name alone
 * often says more than the whole remittance text.
 */
export function comparePreparedMerchants(slip: PreparedMerchant, record: PreparedMerchant, places: ReadonlySet<string>): MerchantScore {
  let best = compareWhole(slip, record, places);
  const consider = (other: MerchantScore) => {
    if (other.isUnknown) return;
    if (best.isUnknown || other.score > best.score) best = other;
  };
  for (const part of record.segments ?? []) consider(compareWhole(slip, part, places));
  for (const part of slip.segments ?? []) consider(compareWhole(part, record, places));
  return best;
}

function compareWhole(slip: PreparedMerchant, record: PreparedMerchant, places: ReadonlySet<string>): MerchantScore {
  const a = dropPlaces(slip.words, places);
  const b = dropPlaces(record.words, places);
  if (a.length === 0 || b.length === 0) return verdictOf(0, "missing", true);
  const lettersA = readLetters(slip, a);
  const lettersB = readLetters(record, b);
  const joinedA = lettersA.joined;
  const joinedB = lettersB.joined;
  if (joinedA === joinedB) return verdictOf(1, "same", false);
  const aliasA = findAlias(slip);
  const aliasB = aliasA === null ? null : findAlias(record);
  if (aliasA !== null && aliasA === aliasB) return verdictOf(1, "alias", false);
  // Two different known chains ("LAWSON SHINJUKU" / "STARBUCKS SHINJUKU") share at most a place.
  if (aliasA !== null && aliasB !== null) return verdictOf(0, "different", false);
  const crossesScripts = (slip.hasCjk && !slip.hasLatin && !record.hasCjk) || (record.hasCjk && !record.hasLatin && !slip.hasCjk);
  if (crossesScripts) return compareRomanised(slip, record, places);
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return verdictOf(0.8, "acronym", false);
  const [shorter, longer] = joinedA.length <= joinedB.length ? [joinedA, joinedB] : [joinedB, joinedA];
  const shorterWords = joinedA.length <= joinedB.length ? a : b;
  // A cut descriptor is a prefix of the full name; a bare generic word ("PHARMACIE") is not a name.
  if (shorter.length >= 6 && longer.startsWith(shorter) && shorterWords.some((w) => w.weight >= 2)) {
    return verdictOf(0.8 + (0.2 * shorter.length) / longer.length, "truncated", false);
  }
  // Sharing only a district or a generic word is not enough: one name's first distinctive word
  // (descriptors lead with the brand) must be found in the other.
  const sharesLead = sharesLeadWord(a, b);
  const cap = sharesLead ? 1 : SIMILAR_MERCHANT - 0.05;
  if (sharesLead) {
    // The shorter name whole inside the longer one: 0.84 … 0.9, whatever else the longer one says.
    const [inner, outer] = lettersA.joined.length <= lettersB.joined.length ? [a, b] : [b, a];
    const contained = measureContainment(inner, outer);
    if (contained.weight >= MIN_CONTAINED_WEIGHT && contained.share >= MIN_CONTAINED_SHARE && outer.length > inner.length) {
      const words = scoreWordOverlap(a, b);
      const score = 0.6 + 0.3 * contained.share;
      if (score > words) return verdictOf(score, "contained", false);
    }
  }
  const words = Math.min(scoreWordOverlap(a, b), cap);
  const letters = Math.min(0.9 * diceOfBigrams(lettersA.bigrams, lettersB.bigrams, joinedA, joinedB), cap);
  const best = Math.round(Math.max(words, letters) * 100) / 100;
  if (best < SIMILAR_MERCHANT) return verdictOf(best, "different", false);
  return verdictOf(best, words >= letters ? "words" : "letters", false);
}

/** Romanised Korean never counts as more than this: the spelling systems differ (K/G, EO/O). */
const MAX_ROMANISED = 0.9;

function readRomanised(prepared: PreparedMerchant): PreparedMerchant | null {
  if (prepared.romanised === undefined) {
    const text = prepared.words.map((w) => w.text).join(" ");
    prepared.romanised = prepared.hasCjk && !prepared.hasLatin && isHangulName(text) ? prepareMerchant(romaniseHangul(text)) : null;
  }
  return prepared.romanised;
}

/**
 * A name in Hangul against a Latin descriptor: compared through its romanisation ("명동교자" /
 * "MYEONGDONG KYOJA"). Any other pair of scripts stays unknown — not evidence either way.
 */
function compareRomanised(slip: PreparedMerchant, record: PreparedMerchant, places: ReadonlySet<string>): MerchantScore {
  const slipLatin = slip.hasCjk ? readRomanised(slip) : slip;
  const recordLatin = record.hasCjk ? readRomanised(record) : record;
  if (!slipLatin || !recordLatin) return verdictOf(0, "differentScript", true);
  const compared = compareWhole(slipLatin, recordLatin, places);
  // Romanisation can miss a name it should meet; a low score is no evidence against.
  if (compared.score < SIMILAR_MERCHANT) return verdictOf(0, "differentScript", true);
  return verdictOf(Math.min(compared.score, MAX_ROMANISED), compared.verdict === "same" ? "letters" : compared.verdict, false);
}

/** 0..1 similarity of a slip's merchant name and an issuer descriptor, with the reason. */
export function compareMerchantNames(slipName: string, descriptor: string, context: MerchantContext = {}): MerchantComparison {
  const places = new Set(listPlaceWords(...(context.places ?? [])));
  const score = comparePreparedMerchants(prepareMerchant(slipName), prepareMerchant(descriptor), places);
  return { ...score, reason: describeMerchantScore(score, slipName, descriptor) };
}
