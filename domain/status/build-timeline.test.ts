import { describe, expect, it } from "vitest";
import { makeCharge, makeHold, makeRecord } from "@/domain/matching/test-fixtures";
import { buildTimeline } from "./build-timeline";
import type { StatusSlip } from "./status-types";

const slip: StatusSlip = { id: "s", merchantName: "Jay Fai", localDateTime: "2026-03-03T19:40", amountMinor: 100_000, currency: "THB", offlineWording: "OFFLINE", responseCode: "Y3" };
const states = (t: ReturnType<typeof buildTimeline>) => t.stages.map((s) => `${s.stage}:${s.state}`);

describe("buildTimeline", () => {
  it("proves only the capture from an offline slip, and expects the upload within 30 days", () => {
    const timeline = buildTimeline(slip, [], "2026-03-10");
    expect(states(timeline)).toEqual(["captured:proven", "sentToAcquirer:expected", "issuer:expected", "authorised:expected", "clearedPosted:expected"]);
    expect(timeline.stages[0]?.evidence.reasonKeys).toEqual(["timeline.evidence.offlineWording", "timeline.evidence.offlineApproved"]);
    expect(timeline.next).toEqual({ stage: "sentToAcquirer", key: "timeline.expected.upload", params: { dueDate: "2026-04-02" }, dueDate: "2026-04-02" });
  });

  it("proves stages 2–4 from a hold and expects the posting or the drop by the hold's date", () => {
    const timeline = buildTimeline(slip, [makeCharge("c", { hold: makeHold("h", { transactionDate: "2026-03-03" }) })], "2026-03-04");
    expect(states(timeline)).toEqual(["captured:proven", "sentToAcquirer:proven", "issuer:proven", "authorised:proven", "clearedPosted:expected"]);
    expect(timeline.stages[3]?.evidence).toEqual({ recordIds: ["h"], reasonKeys: ["timeline.evidence.hold"] });
    expect(timeline.next).toMatchObject({ stage: "clearedPosted", key: "timeline.expected.postOrDrop", dueDate: "2026-03-10" });
  });

  it("proves every stage once the charge is posted", () => {
    const timeline = buildTimeline(slip, [makeCharge("c", { hold: makeHold("h"), posting: makeRecord("p") })], "2026-03-20");
    expect(timeline.stages.every((s) => s.state === "proven")).toBe(true);
    expect(timeline.stages[4]?.evidence.recordIds).toEqual(["p"]);
    expect(timeline.next).toBeNull();
  });

  it("marks clearing as skipped when the hold was released", () => {
    const release = makeHold("rel", { kind: "reversal", state: "posted", billedAmountMinor: -100_000 });
    const timeline = buildTimeline(slip, [makeCharge("c", { hold: makeHold("h"), credits: [release] })], "2026-03-20");
    expect(timeline.stages[4]).toMatchObject({ state: "skipped", evidence: { reasonKeys: ["timeline.reason.released"] } });
  });

  it("skips everything after the terminal when it declined offline (Z3) and nothing arrived", () => {
    const declined = { ...slip, responseCode: "Z3" };
    expect(states(buildTimeline(declined, [], "2026-03-10")).slice(1)).toEqual(["sentToAcquirer:skipped", "issuer:skipped", "authorised:skipped", "clearedPosted:skipped"]);
  });

  it("says nothing is known after the 30-day window", () => {
    expect(states(buildTimeline(slip, [], "2026-04-10")).slice(1).every((s) => s.endsWith(":unknown"))).toBe(true);
  });

  it("cannot prove the capture from a slip that printed nothing telling, until a record arrives", () => {
    const bare = { ...slip, offlineWording: null, responseCode: null };
    expect(buildTimeline(bare, [], "2026-03-10").stages[0]?.state).toBe("unknown");
    expect(buildTimeline(bare, [makeCharge("c", { posting: makeRecord("p") })], "2026-03-10").stages[0]?.state).toBe("proven");
  });
});
