/**
 * Edit distance for matching typed terminal wording with typos ("UNABLE TO GO ONLNE",
 * "DECLIEND"). Optimal string alignment: insert, delete, substitute, and swapping two
 * neighbouring letters counts as one edit, the commonest typing slip. Bounded, so comparing a
 * long pasted word against the phrase vocabulary gives up early instead of filling a table.
 * See docs/diagnosis.md.
 */

/** The distance if it is at most `max`, otherwise max + 1. */
export function measureEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length] ?? max + 1;
  return distance > max ? max + 1 : distance;
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
