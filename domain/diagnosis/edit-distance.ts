/**
 * Edit distance for matching typed terminal wording with typos ("UNABLE TO GO ONLNE",
 * "DECLIEND"). Optimal string alignment: insert, delete, substitute, and swapping two
 * neighbouring letters counts as one edit, the commonest typing slip. Bounded, so comparing a
 * long pasted word against the phrase vocabulary gives up early instead of filling a table.
 * See docs/diagnosis.md.
 */

// Reused rows: the finder calls this thousands of times per input, and allocating three
// arrays per call was most of its cost. Safe because JavaScript runs this synchronously.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The distance if it is at most `max`, otherwise max + 1. */
export function measureEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length]!;
  return distance > max ? max + 1 : distance;
}

/** Which of a–z occur in the word, as bits: a cheap test that rules most candidates out. */
export function maskLetters(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    if (code >= 0 && code < 26) mask |= 1 << code;
  }
  return mask;
}

/** One edit changes at most two letters' presence, so more differing letters rule the pair out. */
export function couldBeWithin(maskA: number, maskB: number, max: number): boolean {
  let difference = maskA ^ maskB;
  let count = 0;
  while (difference !== 0) {
    difference &= difference - 1;
    if (++count > 2 * max) return false;
  }
  return true;
}

/**
 * How many edits a word of this length may carry and still count. Short words must be exact:
 * one edit turns "pin" into "pen". Four-letter words get one edit, which the phrase finder only
 * accepts inside a longer phrase ("NO DAIL TONE", not "MOST" for "host"); long words get two.
 */
export function getWordTolerance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}
