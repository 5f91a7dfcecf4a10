/**
 * Reads the traveller's own account of what happened ("my friend's card worked", "no SMS came",
 * "在地下商场，网络不好") for what it says about THIS card at THIS terminal. The story is cut
 * into clauses; in each, a rule of story-rules.ts that matches yields an answer to one of the
 * guide's questions or a story cue, reading negation ("no SMS") and attribution (a friend's card,
 * another shop) from the same clause so that someone else's outcome is never taken for this
 * card's. The traveller's own answers always win over what the story suggests; everything read
 * is returned with the words it came from, so the page can show it and the traveller can correct
 * it. Pure and bounded: only the first 2 000 characters are read. See docs/diagnosis.md.
 */
import type { Answers } from "./diagnosis-input";
import { normalizeTerminalText } from "./normalize-text";
import { isAnswerValue } from "./questions";
import type { QuestionId } from "./questions";
import type { SignalId } from "./signals";
import { ELSEWHERE, FAILED, NEGATION, OTHER_CARD, OTHERS, STORY_RULES, WORKED } from "./story-rules";

export const MAX_STORY_LENGTH = 2000;

export type StoryFinding =
  | { kind: "answer"; rule: string; questionId: QuestionId; value: string; matched: string }
  | { kind: "cue"; rule: string; id: SignalId; matched: string };

export type StoryReading = { answers: Answers; cues: SignalId[]; findings: StoryFinding[] };

const CLAUSE_BREAK = /[.!?;。！？；\n]+|,|，|、|\bbut\b|\bthen\b|\bwhile\b|\bhowever\b|但(?:是)?|可是|不过|然后|后来|结果/;

/** Quoted screen text inside a story ("the screen said 'OFFLINE'") is read as screen text too. */
export function extractQuotedScreenText(story: string): string {
  const quoted = [...story.slice(0, MAX_STORY_LENGTH).matchAll(/["“”「『]([^"“”」』\n]{2,80})["“”」』]/g)].map((m) => m[1] ?? "");
  return quoted.join("\n");
}

export function readStory(story: string | undefined): StoryReading {
  const findings: StoryFinding[] = [];
  if (typeof story !== "string" || story.trim() === "") return { answers: {}, cues: [], findings };
  const normalized = normalizeTerminalText(story.slice(0, MAX_STORY_LENGTH));
  for (const clause of normalized.split(CLAUSE_BREAK)) {
    const text = (clause ?? "").trim();
    if (text === "") continue;
    const facts = {
      negated: NEGATION.test(text),
      others: OTHERS.test(text),
      otherCard: OTHER_CARD.test(text),
      elsewhere: ELSEWHERE.test(text),
      worked: WORKED.test(text),
      failed: FAILED.test(text),
    };
    for (const rule of STORY_RULES) {
      const match = rule.pattern.exec(text);
      if (!match) continue;
      const evidence = rule.read(facts, text);
      if (!evidence) continue;
      if ("answer" in evidence) findings.push({ kind: "answer", rule: rule.id, questionId: evidence.answer[0], value: evidence.answer[1], matched: text });
      else findings.push({ kind: "cue", rule: rule.id, id: evidence.cue, matched: text });
    }
  }
  const answers: Answers = {};
  // The first clause that answers a question wins: people tell what happened first.
  for (const finding of findings) {
    if (finding.kind === "answer" && answers[finding.questionId] === undefined && isAnswerValue(finding.questionId, finding.value)) {
      answers[finding.questionId] = finding.value;
    }
  }
  const cues = [...new Set(findings.flatMap((f) => (f.kind === "cue" ? [f.id] : [])))];
  return { answers, cues, findings: findings.filter((f, i) => f.kind === "cue" || answers[f.questionId] === f.value || i < 0) };
}
