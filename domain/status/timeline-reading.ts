/**
 * How the five-stage timeline reads (issue 18: "the timeline says each expectation once"). A
 * slip that nothing has reached yet expects the same thing at stages 2 to 5 ("the terminal
 * should upload it by …"), and `next` repeats the first expectation: read out, that is one
 * sentence four or five times. Here each distinct expectation is said at the first stage that
 * has it, and `next` only when no stage says it already. Pure; the Timeline itself is unchanged
 * (the API and the reminders keep every stage's expectation).
 */
import type { Timeline } from "./status-types";

export type TimelineReading = { sayExpected: boolean[]; sayNext: boolean };

const expectationId = (e: { key: string; dueDate?: string | null }) => `${e.key}|${e.dueDate ?? ""}`;

export function readTimelineOnce(timeline: Timeline): TimelineReading {
  const said = new Set<string>();
  const sayExpected = timeline.stages.map((stage) => {
    if (!stage.expected) return false;
    const id = expectationId(stage.expected);
    if (said.has(id)) return false;
    said.add(id);
    return true;
  });
  return { sayExpected, sayNext: timeline.next !== null && !said.has(expectationId(timeline.next)) };
}
