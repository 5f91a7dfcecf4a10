import { describe, expect, it } from "vitest";
import { groupCharges, type ChargeDraft } from "./group-charges";
import { indexRecords, poolRecords } from "./record-pool";
import { makeHold, makeRecord } from "./test-fixtures";
import type { MatchRecord } from "./match-types";

function group(records: MatchRecord[]): string[][] {
  const pool = poolRecords(records);
  const ids = (draft: ChargeDraft) =>
    [draft.hold, draft.posting, ...draft.credits].filter((m): m is number => m !== null).map((m) => pool[m]!.record.id);
  return groupCharges(pool, indexRecords(pool)).charges.map(ids).filter((c) => c.length > 0).sort();
}

describe("groupCharges", () => {
  it("makes a hold in THB and its CNY posting that shows the THB amount one charge", () => {
    expect(group([makeHold("hold"), makeRecord("post")])).toEqual([["hold", "post"]]);
  });

  it("links a restaurant hold to a posting 18 % higher (tip), but not 25 % higher", () => {
    const hold = makeHold("hold", { billedAmountMinor: 4235, billedCurrency: "USD", merchant: "KATZS DELICATESSEN", transactionDate: "2026-08-03" });
    const tipped = makeRecord("tip", { transactionDate: "2026-08-02", postingDate: "2026-08-04", billedAmountMinor: 36_030, originalAmountMinor: 4997, originalCurrency: "USD", merchant: "KATZS DELICATESSEN NEW YO" });
    expect(group([hold, tipped])).toEqual([["hold", "tip"]]);
    const tooMuch = { ...tipped, id: "much", originalAmountMinor: 5300 };
    expect(group([hold, tooMuch])).toEqual([["hold"], ["much"]]);
  });

  it("never links across cards or more than 10 days apart", () => {
    expect(group([makeHold("hold"), makeRecord("other-card", { cardLast4: "9999" })])).toEqual([["hold"], ["other-card"]]);
    expect(group([makeHold("hold"), makeRecord("late", { transactionDate: "2026-03-20", postingDate: "2026-03-21" })])).toEqual([["hold"], ["late"]]);
  });

  it("gives one posting to one hold only, the same-day one first", () => {
    const groups = group([makeHold("h1"), makeHold("h2", { transactionDate: "2026-03-01" }), makeRecord("post")]);
    expect(groups).toEqual([["h1", "post"], ["h2"]]);
  });

  it("puts a reversal on the hold it releases and a refund on the purchase it refunds", () => {
    const release = makeHold("release", { kind: "reversal", state: "posted", billedAmountMinor: -24_500, transactionDate: "2026-03-05" });
    expect(group([makeHold("hold"), release])).toEqual([["hold", "release"]]);
    const refund = makeRecord("refund", { kind: "refund", transactionDate: "2026-03-09", billedAmountMinor: -4812, originalAmountMinor: -24_500, merchant: "退货 SEVEN-ELEVEN BANGKOK TH" });
    expect(group([makeRecord("post"), refund])).toEqual([["post", "refund"]]);
  });

  it("accepts a partial refund but never more back than was charged", () => {
    const post = makeRecord("post", { billedAmountMinor: 59_472, originalAmountMinor: 12_600, originalCurrency: "AUD", merchant: "ICEBERGS DINING ROOM BO" });
    const part = makeRecord("part", { kind: "refund", transactionDate: "2026-03-09", billedAmountMinor: -12_272, originalAmountMinor: -2600, originalCurrency: "AUD", merchant: "ICEBERGS DINING ROOM BO" });
    const rest = { ...part, id: "rest", billedAmountMinor: -50_000, originalAmountMinor: -10_600 };
    expect(group([post, part, rest])).toEqual([["post", "part"], ["rest"]]);
  });

  it("keeps fees and card payments out of every charge", () => {
    expect(group([makeRecord("fee", { kind: "fee", merchant: "FOREIGN TRANSACTION FEE", originalAmountMinor: undefined, originalCurrency: undefined }), makeRecord("pay", { kind: "payment", billedAmountMinor: -300_000 })])).toEqual([]);
  });
});
