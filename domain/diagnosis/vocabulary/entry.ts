import type { SignalId } from "../signals";
import type { SourceKey } from "./sources";

/** One phrase a terminal shows, the signal it means, and where the wording comes from. */
export type VocabularyEntry = readonly [signal: SignalId, phrase: string, source: SourceKey];

export type Vocabulary = { readonly language: string; readonly entries: readonly VocabularyEntry[] };
