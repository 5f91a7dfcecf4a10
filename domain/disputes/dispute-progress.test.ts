import { describe, expect, it } from "vitest";
import { FOLLOW_UP_DAYS, isWaitingOnIssuer, lastDisputeStep, readDisputeProgress, refuseDisputeStep, type DisputeStep } from "./dispute-progress";

const sent = (on: string, followUpOn: string | null = null): DisputeStep => ({ id: "s1", kind: "sent", on, followUpOn, credited: null, ground: "duplicateProcessing" });
const answer = (kind: DisputeStep["kind"], on: string, credited: DisputeStep["credited"] = null): DisputeStep => ({ id: "s2", kind, on, followUpOn: null, credited, ground: null });
const limits = { today: "2026-04-20", slipDay: "2026-03-04", disputed: { amountMinor: 24538, currency: "CNY" } };

describe("readDisputeProgress", () => {
  it("is no dispute until a letter is sent", () => {
    expect(readDisputeProgress([], "2026-04-01")).toEqual({ state: "none", steps: [] });
  });

  it("is open after sending, following up 30 days later unless the traveller chose a date", () => {
    const open = readDisputeProgress([sent("2026-03-10")], "2026-03-20");
    expect(FOLLOW_UP_DAYS).toBe(30);
    expect(open).toMatchObject({ state: "open", sentOn: "2026-03-10", followUpOn: "2026-04-09", isOverdue: false, ground: "duplicateProcessing" });
    expect(isWaitingOnIssuer(open)).toBe(true);
    expect(readDisputeProgress([sent("2026-03-10", "2026-03-24")], "2026-03-20")).toMatchObject({ followUpOn: "2026-03-24" });
  });

  it("is overdue the day after the follow-up date, and then the traveller is no longer just waiting", () => {
    expect(readDisputeProgress([sent("2026-03-10")], "2026-04-09")).toMatchObject({ isOverdue: false });
    const late = readDisputeProgress([sent("2026-03-10")], "2026-04-10");
    expect(late).toMatchObject({ isOverdue: true });
    expect(isWaitingOnIssuer(late)).toBe(false);
  });

  it("is closed by the issuer's answer, keeping what was credited", () => {
    expect(readDisputeProgress([sent("2026-03-10"), answer("credited", "2026-04-02")], "2026-04-20")).toMatchObject({ state: "credited", closedOn: "2026-04-02", sentOn: "2026-03-10" });
    expect(readDisputeProgress([sent("2026-03-10"), answer("refused", "2026-04-02")], "2026-04-20")).toMatchObject({ state: "refused", credited: null });
    const partly = readDisputeProgress([sent("2026-03-10"), answer("partlyCredited", "2026-04-02", { amountMinor: 10000, currency: "CNY" })], "2026-04-20");
    expect(partly).toMatchObject({ state: "partlyCredited", credited: { amountMinor: 10000, currency: "CNY" } });
    expect(isWaitingOnIssuer(partly)).toBe(false);
    expect(lastDisputeStep(partly)?.kind).toBe("partlyCredited");
  });
});

describe("refuseDisputeStep", () => {
  const none = readDisputeProgress([], limits.today);
  const open = readDisputeProgress([sent("2026-03-10")], limits.today);
  const closed = readDisputeProgress([sent("2026-03-10"), answer("refused", "2026-04-01")], limits.today);

  it("takes a first letter sent between the slip's day and today", () => {
    expect(refuseDisputeStep(none, { kind: "sent", on: "2026-03-10" }, limits)).toBeNull();
    expect(refuseDisputeStep(none, { kind: "sent", on: "2026-03-04" }, limits)).toBeNull();
    expect(refuseDisputeStep(none, { kind: "sent", on: "2026-04-21" }, limits)).toBe("progress.error.future");
    expect(refuseDisputeStep(none, { kind: "sent", on: "2026-03-03" }, limits)).toBe("progress.error.beforeSlip");
    expect(refuseDisputeStep(none, { kind: "sent", on: "2026-03-10", followUpOn: "2026-03-10" }, limits)).toBe("progress.error.followUpBeforeSent");
  });

  it("refuses a second letter and an answer before any letter", () => {
    expect(refuseDisputeStep(open, { kind: "sent", on: "2026-03-12" }, limits)).toBe("progress.error.alreadySent");
    expect(refuseDisputeStep(none, { kind: "credited", on: "2026-03-12" }, limits)).toBe("progress.error.notSent");
  });

  it("takes one answer, not before the letter, and nothing after it", () => {
    expect(refuseDisputeStep(open, { kind: "credited", on: "2026-03-10" }, limits)).toBeNull();
    expect(refuseDisputeStep(open, { kind: "refused", on: "2026-03-09" }, limits)).toBe("progress.error.beforeSent");
    expect(refuseDisputeStep(closed, { kind: "credited", on: "2026-04-10" }, limits)).toBe("progress.error.closed");
  });

  it("asks a partial credit for an amount above nothing and below what was disputed, in its currency", () => {
    const partly = (amountMinor: number, currency = "CNY") => refuseDisputeStep(open, { kind: "partlyCredited", on: "2026-04-01", credited: { amountMinor, currency } }, limits);
    expect(partly(10000)).toBeNull();
    expect(refuseDisputeStep(open, { kind: "partlyCredited", on: "2026-04-01" }, limits)).toBe("progress.error.amountNeeded");
    expect(partly(0)).toBe("progress.error.amountNeeded");
    expect(partly(24538)).toBe("progress.error.amountTooLarge");
    expect(partly(100, "THB")).toBe("progress.error.currency");
    expect(refuseDisputeStep(open, { kind: "partlyCredited", on: "2026-04-01", credited: { amountMinor: 5, currency: "THB" } }, { ...limits, disputed: null })).toBeNull();
  });
});
