import { describe, expect, it } from "vitest";
import { matchSlips } from "./match-slips";
import { makeHold, makeRecord, makeSlip } from "./test-fixtures";

const TODAY = "2026-03-20";

describe("matchSlips — decisions", () => {
  it("keeps a confirmed pair as it is, without a score, even when the engine would not propose it", () => {
    const odd = makeRecord("odd", { merchant: "SOMETHING ELSE", originalAmountMinor: 30_000 });
    const result = matchSlips({ slips: [makeSlip("s")], records: [odd], decisions: [{ slipId: "s", recordId: "odd", decision: "confirmed" }], today: TODAY });
    expect(result.matches).toEqual([
      { slipId: "s", recordId: "odd", chargeId: "c-odd", role: "posting", pass: "confirmed", decision: "confirmed", score: null, reasons: [{ key: "match.pass.confirmed" }] },
    ]);
  });

  it("never proposes a rejected pair again, and frees the record for nobody else by mistake", () => {
    const result = matchSlips({ slips: [makeSlip("s")], records: [makeRecord("r")], decisions: [{ slipId: "s", recordId: "r", decision: "rejected" }], today: TODAY });
    expect(result.matches).toEqual([]);
    expect(result.unusedRecords).toEqual(["r"]);
  });

  it("gives a rejected record to the other slip it fits", () => {
    const slips = [makeSlip("a"), makeSlip("b", { localDateTime: "2026-03-02T21:20" })];
    const result = matchSlips({ slips, records: [makeRecord("r")], decisions: [{ slipId: "a", recordId: "r", decision: "rejected" }], today: TODAY });
    expect(result.matches.map((m) => `${m.slipId}→${m.recordId}`)).toEqual(["b→r"]);
  });

  it("splits a rejected hold away from its confirmed posting", () => {
    const decisions = [
      { slipId: "s", recordId: "p", decision: "confirmed" as const },
      { slipId: "s", recordId: "h", decision: "rejected" as const },
    ];
    const result = matchSlips({ slips: [makeSlip("s")], records: [makeHold("h"), makeRecord("p")], decisions, today: TODAY });
    expect(result.matches.map((m) => `${m.recordId}:${m.decision}`)).toEqual(["p:confirmed"]);
    expect(result.unusedRecords).toEqual(["h"]);
  });

  it("proposes the posting that arrives after the traveller confirmed the hold, as part of the same charge", () => {
    const result = matchSlips({
      slips: [makeSlip("s")], records: [makeHold("h"), makeRecord("p")], decisions: [{ slipId: "s", recordId: "h", decision: "confirmed" }], today: TODAY,
    });
    expect(result.matches.map((m) => `${m.recordId}:${m.pass}:${m.decision}`)).toEqual(["h:confirmed:confirmed", "p:linked:proposed"]);
  });

  it("ignores decisions about slips that are not in the input", () => {
    const result = matchSlips({ slips: [makeSlip("s")], records: [makeRecord("r")], decisions: [{ slipId: "gone", recordId: "r", decision: "confirmed" }], today: TODAY });
    expect(result.matches.map((m) => m.slipId)).toEqual(["s"]);
  });
});
