import { describe, expect, it } from "vitest";
import { ADVICE_CONDITIONS, holdsOrUnknown } from "./advice-conditions";
import { CAUSES } from "./causes";
import { diagnose } from "./diagnose";
import type { Answers } from "./diagnosis-input";

/**
 * Issue 12: "no advice that contradicts an answer". Walks every answer path the guide can take —
 * each option of each question it asks, "unknown" included — from starting points that lead to
 * every cause (a screen text per cause, stories that answer questions themselves), and at every
 * step checks each advice line the result shows: its conditions must hold or be unknown under the
 * answers the result was computed from (the traveller's own plus what the story gave). The walk
 * also records, per conditioned line, that it was shown somewhere and hidden somewhere, so the
 * test fails if a condition is never exercised.
 */
const STARTS: { screenText: string; story?: string }[] = [
  { screenText: "" },
  { screenText: "HOST UNAVAILABLE" },
  { screenText: "NO DIAL TONE" },
  { screenText: "SYSTEM ERROR" },
  { screenText: "CARD READ ERROR" },
  { screenText: "CHIP ERROR" },
  { screenText: "DO NOT HONOUR" },
  { screenText: "余额不足" },
  { screenText: "密码错误" },
  { screenText: "LOST CARD" },
  { screenText: "NOT ACCEPTED" },
  { screenText: "DECLINED 57" },
  { screenText: "CONTACTLESS LIMIT EXCEEDED" },
  { screenText: "CONTACTLESS LIMIT EXCEEDED", story: "I inserted my card and typed the PIN." },
  { screenText: "", story: "No slip came out and no SMS either. I tapped my card." },
  { screenText: "UNABLE TO GO ONLINE", story: "在地下商场，网络不好，朋友的卡也刷不了。" },
  { screenText: "", story: "The waiter asked euros or dollars and I picked dollars; the slip said approved." },
];

type Coverage = { shown: Set<string>; hidden: Set<string>; steps: number };

function walk(start: { screenText: string; story?: string }, coverage: Coverage) {
  const visited = new Set<string>();
  const visit = (own: Answers) => {
    const key = Object.entries(own).sort().join("&");
    if (visited.has(key)) return;
    visited.add(key);
    const result = diagnose({ screenText: start.screenText, story: start.story, answers: own });
    coverage.steps++;
    const answers: Answers = { ...result.story.answers, ...own };
    const shown = [...result.advice.doNow, ...result.advice.keep, ...result.advice.askBank, ...result.advice.prevent];
    for (const line of shown) {
      for (const condition of ADVICE_CONDITIONS[line] ?? []) {
        expect(holdsOrUnknown(condition, answers), `${line} shown after ${JSON.stringify(answers)} (${JSON.stringify(start)})`).toBe(true);
      }
      coverage.shown.add(line);
    }
    const cause = CAUSES.find((candidate) => candidate.id === result.advice.causeId);
    for (const line of [...(cause?.doNow ?? []), ...(cause?.keep ?? []), ...(cause?.askBank ?? []), ...(cause?.prevent ?? [])]) {
      if (!shown.includes(line)) coverage.hidden.add(line);
    }
    const next = result.nextQuestion;
    if (next === null) return;
    for (const option of next.options) visit({ ...own, [next.id]: option.value } as Answers);
  };
  visit({});
}

describe("advice along every answer path", () => {
  it("never shows a line whose condition an answer contradicts, and exercises every condition", () => {
    const coverage: Coverage = { shown: new Set(), hidden: new Set(), steps: 0 };
    for (const start of STARTS) walk(start, coverage);
    expect(coverage.steps).toBeGreaterThan(1000);
    const conditioned = Object.keys(ADVICE_CONDITIONS);
    // Every conditioned line belongs to a cause, and was both shown and hidden on some path.
    const allLines = new Set(CAUSES.flatMap((cause) => [...cause.doNow, ...cause.keep, ...cause.askBank, ...cause.prevent]));
    for (const line of conditioned) expect(allLines.has(line), `${line} is no cause's advice`).toBe(true);
    expect(conditioned.filter((line) => !coverage.shown.has(line))).toEqual([]);
    expect(conditioned.filter((line) => !coverage.hidden.has(line))).toEqual([]);
  }, 300_000);
});
