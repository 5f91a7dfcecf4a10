/**
 * The shapes a letter is made of. A letter is structured paragraphs of sentences; every sentence
 * is a message key under "disputes" plus the values it interpolates (already written out in the
 * letter's language) and the text it rendered to. The UI edits a paragraph's text and keeps the
 * rest; `renderLetterText` gives the plain text either way. See docs/disputes.md.
 */
export const LETTER_LANGUAGES = ["en", "zh-CN"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
export type LetterAudience = "issuer" | "merchant";

export type Params = Record<string, string | number>;
/** A translator for the "disputes" namespace in one language (next-intl's `t`, or createTranslator's). */
export type Translate = (key: string, params?: Params) => string;

export type LetterSentence = { key: string; params: Params; text: string };
export type ParagraphId = "greeting" | "payment" | "references" | "problem" | "contacted" | "request" | "grounds" | "attachments" | "closing" | "signature";
export type LetterParagraph = { id: ParagraphId; sentences: LetterSentence[]; text: string };

export type DisputeLetter = {
  lang: LetterLanguage;
  audience: LetterAudience;
  ground: string;
  subject: string;
  paragraphs: LetterParagraph[];
  /** Subject, blank line, then the paragraphs separated by blank lines. */
  text: string;
};

/** A sentence before rendering; null means "a fact it needs is missing: leave it out". */
export type SentenceSpec = { key: string; params: Params } | null;

export function renderLetterText(subject: string, paragraphs: readonly { text: string }[]): string {
  return [subject, ...paragraphs.map((p) => p.text)].filter((t) => t.trim() !== "").join("\n\n");
}
