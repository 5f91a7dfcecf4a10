/**
 * The guide's step from a URL query to a result, for the browser: what the server page does with
 * Next's searchParams (server/diagnosis/present.ts runDiagnosis), repeated here for the offline
 * guide, which runs this engine on the phone when the network does not answer. Card numbers in
 * the screen text are cut to their last 4 digits before the engine or the address bar sees them.
 * tests/offline/guide-parity.test.ts holds both paths to the same results on the golden cases.
 * See docs/offline.md.
 */
import { redactCardNumbers } from "../cards/card-number-guard";
import { decodeAnswers, encodeAnswers, type SearchParams } from "./answers-url";
import { diagnose, type DiagnosisResult } from "./diagnose";
import type { DiagnosisInput } from "./diagnosis-input";

export type GuideRunResult = {
  input: DiagnosisInput;
  result: DiagnosisResult;
  /** the query to show in the address bar (without "?") */
  query: string;
  /** true when the typed text held a card number: the address bar must be replaced with `query` */
  redacted: boolean;
};

/** URLSearchParams → the shape Next gives pages: one string, or an array when repeated. */
export function searchParamsToRecord(params: URLSearchParams): SearchParams {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const seen = out[key];
    out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

export function runGuide(search: SearchParams): GuideRunResult {
  const decoded = decodeAnswers(search);
  const input: DiagnosisInput = { ...decoded, screenText: decoded.screenText === undefined ? undefined : redactCardNumbers(decoded.screenText) };
  const rawStory = typeof search.st === "string" ? search.st.trim() : undefined;
  const redacted = decoded.screenText !== input.screenText || (rawStory !== undefined && rawStory !== "" && rawStory !== decoded.story);
  return { input, result: diagnose(input), query: encodeAnswers(input), redacted };
}
