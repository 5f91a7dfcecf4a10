/**
 * Message keys are typed (global.d.ts): `t("slips.title")` of a missing key fails `tsc`. Some keys
 * are computed at run time from domain data — a diagnosis question's `textKey`, a tracking
 * step's key, an error code from zod — and cannot be checked by the compiler. They go through
 * this one view of a translator instead of a cast at each call; messages/messages.test.ts and the
 * domain's own message tests check that those keys exist in both languages.
 */
type Values = Record<string, string | number | Date>;

export type LooseTranslator = ((key: string, values?: Values) => string) & { has(key: string): boolean };

/** The translator `t` for keys that are plain strings (always guard with `.has` first). */
export function looseKeys(t: object): LooseTranslator {
  return t as LooseTranslator;
}
