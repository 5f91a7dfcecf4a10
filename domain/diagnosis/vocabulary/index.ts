/** Every destination-language vocabulary, in one list the phrase finder compiles once. */
import { AR } from "./ar";
import { DE } from "./de";
import { EL } from "./el";
import type { Vocabulary } from "./entry";
import { ES } from "./es";
import { FR } from "./fr";
import { ID_MS } from "./id-ms";
import { IT } from "./it";
import { JA } from "./ja";
import { KO } from "./ko";
import { PT } from "./pt";
import { RU } from "./ru";
import { TH } from "./th";
import { TR } from "./tr";
import { VI } from "./vi";
import { ZH_EXTRA } from "./zh-hant";

export type { Vocabulary, VocabularyEntry } from "./entry";
export { SOURCES, type Source, type SourceKey, type SourceKind } from "./sources";

export const VOCABULARIES: readonly Vocabulary[] = [JA, KO, TH, VI, ID_MS, FR, ES, PT, IT, DE, TR, EL, AR, RU, ZH_EXTRA];
