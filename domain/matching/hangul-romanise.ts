/**
 * Hangul → Latin letters by the Revised Romanization of Korean (2000), syllable by syllable: the
 * traveller types the shop's name as the sign shows it ("명동교자") while a foreign issuer prints
 * the acquirer's romanised descriptor ("MYEONGDONG KYOJA"). Good enough to compare letters — the
 * older McCune–Reischauer spellings (K for initial ㄱ, EO written O) still share most letter
 * pairs — and deliberately no more: no sound-change rules beyond a final consonant carried over
 * to a following silent ㅇ. Characters other than precomposed Hangul syllables pass unchanged.
 * See docs/matching.md ("Merchant names").
 */
const INITIALS = ["G", "KK", "N", "D", "TT", "R", "M", "B", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P", "H"];
const VOWELS = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE", "WI", "YU", "EU", "UI", "I"];
/** A final consonant before another consonant or at the end of a word. */
const FINALS = ["", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P", "T", "T", "NG", "T", "T", "K", "T", "P", "T"];
/** The same final carried over to a following syllable that starts with silent ㅇ (한국어 → HANGUGEO). */
const FINALS_BEFORE_VOWEL = ["", "G", "KK", "KS", "N", "NJ", "N", "D", "R", "LG", "LM", "LB", "LS", "LT", "LP", "R", "M", "B", "BS", "S", "SS", "NG", "J", "CH", "K", "T", "P", ""];

const FIRST = 0xac00;
const LAST = 0xd7a3;
const SILENT_INITIAL = 11;

function isSyllable(code: number): boolean {
  return code >= FIRST && code <= LAST;
}

/** True when the text has at least one Hangul syllable and no Han or kana (a Korean name). */
export function isHangulName(text: string): boolean {
  return /[\uac00-\ud7a3]/.test(text) && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(text);
}

export function romaniseHangul(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isSyllable(code)) {
      out += text[i];
      continue;
    }
    const offset = code - FIRST;
    const initial = Math.floor(offset / 588);
    const vowel = Math.floor((offset % 588) / 28);
    const final = offset % 28;
    const next = text.charCodeAt(i + 1);
    const nextIsSilent = isSyllable(next) && Math.floor((next - FIRST) / 588) === SILENT_INITIAL;
    out += INITIALS[initial]! + VOWELS[vowel]! + (nextIsSilent ? FINALS_BEFORE_VOWEL[final]! : FINALS[final]!);
  }
  return out;
}
