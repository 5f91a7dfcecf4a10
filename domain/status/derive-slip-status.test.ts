import { describe, expect, it } from "vitest";
import { makeCharge, makeHold, makeRecord } from "@/domain/matching/test-fixtures";
import { deriveSlipStatus } from "./derive-slip-status";
import type { PaidInstead, StatusSlip } from "./status-types";

const slip: StatusSlip = { id: "s", merchantName: "7-Eleven Sukhumvit 11", localDateTime: "2026-03-02T21:14", amountMinor: 24_500, currency: "THB", aid: "A0000000031010" };
const cash: PaidInstead = { method: "cash", amountMinor: 24_500, currency: "THB" };
const posting = (id: string, date = "2026-03-02", post = "2026-03-04") => makeRecord(id, { transactionDate: date, postingDate: post });
const derive = (charges: ReturnType<typeof makeCharge>[], today: string, paidInstead: PaidInstead = null) =>
  deriveSlipStatus({ slip, charges, paidInstead, today });

describe("deriveSlipStatus", () => {
  it("is awaiting within 30 days with nothing seen, due on day 30", () => {
    const result = derive([], "2026-03-20");
    expect(result).toMatchObject({ status: "awaiting", since: "2026-03-02", needsAction: false, nextStep: { key: "next.awaiting", dueDate: "2026-04-01" } });
    expect(result.evidence).toEqual([{ recordIds: [], reasonKeys: ["evidence.nothingYet"] }]);
  });

  it("becomes unmatched_stale after 30 days with nothing, and asks the traveller to look", () => {
    expect(derive([], "2026-04-01").status).toBe("awaiting");
    expect(derive([], "2026-04-02")).toMatchObject({ status: "unmatched_stale", since: "2026-04-01", needsAction: true, nextStep: { key: "next.stale" } });
    expect(derive([], "2026-04-02", cash).nextStep.key).toBe("next.staleAfterPaidInstead");
  });

  it("is pending with a hold, which normally drops within 7 days", () => {
    const result = derive([makeCharge("c", { hold: makeHold("h") })], "2026-03-04");
    expect(result).toMatchObject({ status: "pending", since: "2026-03-02", needsAction: false, nextStep: { key: "next.holdDrops", params: { days: 7, dueDate: "2026-03-09" }, dueDate: "2026-03-09" } });
  });

  it("gives a hotel hold 30 days and flags any hold still there after its date", () => {
    const hotel = makeHold("h", { merchant: "LOTTE HOTEL SEOUL" });
    expect(derive([makeCharge("c", { hold: hotel })], "2026-03-20").nextStep).toMatchObject({ params: { days: 30, dueDate: "2026-04-01" } });
    expect(derive([makeCharge("c", { hold: makeHold("h") })], "2026-03-10")).toMatchObject({ needsAction: true, nextStep: { key: "next.holdOverdue" } });
  });

  it("is posted once a charge is on the statement, since its posting date", () => {
    const result = derive([makeCharge("c", { hold: makeHold("h"), posting: posting("p") })], "2026-03-20");
    expect(result).toMatchObject({ status: "posted", since: "2026-03-04", needsAction: false, nextStep: { key: "next.checkPosted" } });
    expect(result.evidence[0]).toEqual({ recordIds: ["h", "p"], reasonKeys: ["evidence.holdSeen", "evidence.posted"] });
  });

  it("is duplicate when two separate charges posted, with Visa 12.6.1 and 120 days from the second", () => {
    const result = derive([makeCharge("c1", { posting: posting("p1") }), makeCharge("c2", { posting: posting("p2", "2026-03-02", "2026-03-06") })], "2026-03-20");
    expect(result).toMatchObject({ status: "duplicate", since: "2026-03-06", needsAction: true, nextStep: { key: "next.chargedTwice", dueDate: "2026-07-04" } });
    expect(result.dispute).toMatchObject({ grounds: "dispute.grounds.visa.duplicateProcessing", reasonCode: "12.6.1", deadline: "2026-07-04", daysLeft: 106 });
    expect(result.evidence.at(-1)).toEqual({ recordIds: ["p1", "p2"], reasonKeys: ["evidence.chargedTwice"] });
  });

  it("is duplicate when posted although the traveller paid by other means (Visa 12.6.2)", () => {
    const result = derive([makeCharge("c", { posting: posting("p") })], "2026-03-20", cash);
    expect(result).toMatchObject({ status: "duplicate", needsAction: true, nextStep: { key: "next.chargedAlthoughPaidInstead" } });
    expect(result.dispute?.reasonCode).toBe("12.6.2");
    expect(result.evidence.some((e) => e.reasonKeys.includes("evidence.paidInstead"))).toBe(true);
  });

  it("stays pending (not duplicate) when a failed payment left only a hold after paying cash", () => {
    expect(derive([makeCharge("c", { hold: makeHold("h") })], "2026-03-04", cash)).toMatchObject({ status: "pending", nextStep: { key: "next.holdShouldDrop" } });
  });

  it("is reversed when the hold was released, since the release", () => {
    const release = makeHold("rel", { kind: "reversal", state: "posted", billedAmountMinor: -24_500, transactionDate: "2026-03-05" });
    expect(derive([makeCharge("c", { hold: makeHold("h"), credits: [release] })], "2026-03-20")).toMatchObject({ status: "reversed", since: "2026-03-05", needsAction: false });
  });

  it("is refunded when a refund gives the whole charge back, but stays posted after a partial refund", () => {
    const full = makeRecord("f", { kind: "refund", billedAmountMinor: -4812, transactionDate: "2026-03-09", postingDate: "2026-03-10" });
    expect(derive([makeCharge("c", { posting: posting("p"), credits: [full] })], "2026-03-20")).toMatchObject({ status: "refunded", since: "2026-03-10" });
    // A partial refund gives back part of the foreign amount too (THB 5,090 of 24,500).
    const part = { ...full, id: "part", billedAmountMinor: -1000, originalAmountMinor: -5090 };
    const result = derive([makeCharge("c", { posting: posting("p"), credits: [part] })], "2026-03-20");
    expect(result.status).toBe("posted");
    expect(result.evidence[0]?.reasonKeys).toContain("evidence.partlyRefunded");
  });

  it("counts a refunded second charge out of a double charge", () => {
    const refund = makeRecord("f", { kind: "refund", billedAmountMinor: -4812, transactionDate: "2026-03-09" });
    const charges = [makeCharge("c1", { posting: posting("p1") }), makeCharge("c2", { posting: posting("p2"), credits: [refund] })];
    expect(derive(charges, "2026-03-20").status).toBe("posted");
  });

  it("says when the dispute window has closed", () => {
    const charges = [makeCharge("c1", { posting: posting("p1") }), makeCharge("c2", { posting: posting("p2") })];
    expect(derive(charges, "2026-08-01")).toMatchObject({ nextStep: { key: "next.chargedTwiceLate" }, dispute: { isExpired: true } });
  });
});
