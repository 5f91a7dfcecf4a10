import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import { readTimelineOnce } from "./timeline-reading";
import type { Timeline } from "./status-types";

const upload = { key: "timeline.expected.upload", params: { dueDate: "2026-12-10" }, dueDate: "2026-12-10" };

describe("readTimelineOnce", () => {
  it("says an expectation shared by stages 2–5 once, at the first, and not again as 'next'", () => {
    const timeline: Timeline = {
      stages: [
        { stage: "captured", state: "proven", evidence: { recordIds: [], reasonKeys: ["timeline.evidence.offlineSlip"] } },
        { stage: "sentToAcquirer", state: "expected", evidence: { recordIds: [], reasonKeys: [] }, expected: upload },
        { stage: "issuer", state: "expected", evidence: { recordIds: [], reasonKeys: [] }, expected: upload },
        { stage: "authorised", state: "expected", evidence: { recordIds: [], reasonKeys: [] }, expected: upload },
        { stage: "clearedPosted", state: "expected", evidence: { recordIds: [], reasonKeys: [] }, expected: upload },
      ],
      next: { stage: "sentToAcquirer", ...upload },
    };
    expect(readTimelineOnce(timeline)).toEqual({ sayExpected: [false, true, false, false, false], sayNext: false });
  });

  it("says two different expectations each once", () => {
    const drop = { key: "timeline.expected.postOrDrop", params: { dueDate: "2026-12-12" }, dueDate: "2026-12-12" };
    const timeline: Timeline = {
      stages: [
        { stage: "captured", state: "proven", evidence: { recordIds: ["r"], reasonKeys: [] } },
        { stage: "sentToAcquirer", state: "proven", evidence: { recordIds: ["r"], reasonKeys: [] } },
        { stage: "issuer", state: "proven", evidence: { recordIds: ["r"], reasonKeys: [] } },
        { stage: "authorised", state: "expected", evidence: { recordIds: [], reasonKeys: [] }, expected: upload },
        { stage: "clearedPosted", state: "expected", evidence: { recordIds: [], reasonKeys: [] }, expected: drop },
      ],
      next: { stage: "authorised", ...upload },
    };
    expect(readTimelineOnce(timeline)).toEqual({ sayExpected: [false, false, false, true, true], sayNext: false });
  });

  it("keeps 'next' when no stage says it, and works on a real awaiting slip", () => {
    const real = buildTimeline({ id: "s", merchantName: "Jay Fai", localDateTime: "2026-03-03T19:40", amountMinor: 100_000, currency: "THB", offlineWording: "OFFLINE", responseCode: "Y3" }, [], "2026-03-10");
    expect(real.stages.filter((s) => s.expected).length).toBeGreaterThan(1);
    const reading = readTimelineOnce(real);
    const said = real.stages.filter((_, i) => reading.sayExpected[i]).map((s) => s.expected!.key);
    expect(new Set(said).size).toBe(said.length);
    expect(reading.sayNext).toBe(false);
    expect(readTimelineOnce({ stages: [], next: { stage: "issuer", ...upload } }).sayNext).toBe(true);
  });
});
