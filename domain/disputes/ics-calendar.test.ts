import { describe, expect, it } from "vitest";
import { buildIcsCalendar, escapeIcsText, foldIcsLine } from "./ics-calendar";
import { findDisputeGrounds } from "./find-grounds";
import { planReminders, renderReminders } from "./plan-reminders";
import { readDisputeProgress } from "./dispute-progress";
import { bangkokSlip, duplicateCase, translators } from "./test-support";

const octets = (line: string) => new TextEncoder().encode(line).length;
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("buildIcsCalendar", () => {
  const events = [
    { uid: "slip1.disputeDeadline.duplicateProcessing@sliptrack", date: "2026-07-08", summary: "Dispute deadline: SIAM CRAFT HOUSE", description: "Last day; to dispute, THB 1,250.00\nsecond line \\ end" },
    { uid: "slip1.holdDrop@sliptrack", date: "2026-12-31", summary: "预授权应已解除：曼谷暹罗工艺品商店，".repeat(3), description: "预授权应已解除".repeat(20) },
  ];
  const ics = buildIcsCalendar({ events, calendarName: "SlipTrack reminders", now: "2026-03-20T10:04:05.123Z" });

  it("ends every line with CRLF and folds at 75 octets without splitting a character", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(ics.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
    expect(unfold(ics)).toContain(`SUMMARY:${escapeIcsText(events[1]!.summary)}`);
  });

  it("escapes TEXT values and writes all-day dates with an exclusive end", () => {
    const text = unfold(ics);
    expect(text).toContain("DESCRIPTION:Last day\\; to dispute\\, THB 1\\,250.00\\nsecond line \\\\ end");
    expect(text).toContain("DTSTART;VALUE=DATE:20260708\r\nDTEND;VALUE=DATE:20260709");
    expect(text).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101");
    expect(text).toContain("DTSTAMP:20260320T100405Z");
    expect(text).toContain("UID:slip1.holdDrop@sliptrack");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text.match(/BEGIN:VALARM\r\nACTION:DISPLAY/g)).toHaveLength(2);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
  });

  it("folds a long ASCII line into 75 + 74-octet pieces", () => {
    const folded = foldIcsLine("X".repeat(200));
    expect(folded.split("\r\n ").map((p) => p.length)).toEqual([75, 74, 51]);
  });
});

describe("planReminders", () => {
  const input = duplicateCase();
  const findings = findDisputeGrounds(input);

  it("reminds a week before the dispute deadline and on the day", () => {
    const reminders = planReminders({ slipId: "s1", nextStep: { key: "next.chargedTwice", params: {}, dueDate: "2026-07-08" }, findings, today: "2026-03-20" });
    expect(reminders.map((r) => [r.kind, r.date, r.id])).toEqual([
      ["disputeSoon", "2026-07-01", "s1.disputeSoon.duplicateProcessing"],
      ["disputeDeadline", "2026-07-08", "s1.disputeDeadline.duplicateProcessing"],
    ]);
  });

  it("reminds when a hold should be gone and when to check again, never in the past", () => {
    expect(planReminders({ slipId: "s1", nextStep: { key: "next.holdDrops", params: {}, dueDate: "2026-03-11" }, findings: [], today: "2026-03-05" }).map((r) => r.kind)).toEqual(["holdDrop"]);
    expect(planReminders({ slipId: "s1", nextStep: { key: "next.awaiting", params: {}, dueDate: "2026-04-03" }, findings: [], today: "2026-03-05" }).map((r) => r.kind)).toEqual(["checkAgain"]);
    expect(planReminders({ slipId: "s1", nextStep: { key: "next.holdDrops", params: {}, dueDate: "2026-03-11" }, findings: [], today: "2026-03-12" })).toEqual([]);
    expect(planReminders({ slipId: "s1", nextStep: { key: "next.chargedTwice", params: {}, dueDate: "2026-07-08" }, findings, today: "2026-07-09" })).toEqual([]);
  });

  it("once the dispute is sent, reminds to follow up instead of the deadlines; a closed one reminds of nothing", () => {
    const nextStep = { key: "next.chargedTwice", params: {}, dueDate: "2026-07-08" };
    const open = readDisputeProgress([{ id: "d1", kind: "sent", on: "2026-03-22", followUpOn: null, credited: null, ground: "duplicateProcessing" }], "2026-03-25");
    const reminders = planReminders({ slipId: "s1", nextStep, findings, today: "2026-03-25", dispute: open });
    expect(reminders.map((r) => [r.kind, r.date, r.id])).toEqual([["disputeFollowUp", "2026-04-21", "s1.disputeFollowUp.2026-03-22.2026-04-21"]]);
    const [followUp] = renderReminders({ reminders, slip: bangkokSlip, lang: "en", t: translators.en });
    expect(followUp!.summary).toBe("Follow up your dispute: SIAM CRAFT HOUSE");
    const closed = readDisputeProgress([...open.steps, { id: "d2", kind: "refused", on: "2026-04-02", followUpOn: null, credited: null, ground: null }], "2026-04-03");
    expect(planReminders({ slipId: "s1", nextStep, findings, today: "2026-04-03", dispute: closed })).toEqual([]);
    expect(planReminders({ slipId: "s1", nextStep, findings, today: "2026-03-25", dispute: readDisputeProgress([], "2026-03-25") }).map((r) => r.kind)).toEqual(["disputeSoon", "disputeDeadline"]);
  });

  it("words the reminders in both languages for the calendar", () => {
    const reminders = planReminders({ slipId: "s1", nextStep: { key: "next.chargedTwice", params: {} }, findings, today: "2026-03-20" });
    const [soonEn, deadlineEn] = renderReminders({ reminders, slip: bangkokSlip, lang: "en", t: translators.en });
    expect(deadlineEn).toMatchObject({ uid: "s1.disputeDeadline.duplicateProcessing@sliptrack", date: "2026-07-08", summary: "Dispute deadline: SIAM CRAFT HOUSE" });
    expect(deadlineEn!.description.replace(/\u00a0/g, " ")).toBe("Last day to dispute the payment of THB 1,250.00 at SIAM CRAFT HOUSE on 4 March 2026 (Visa 12.6.1 – duplicate processing).");
    expect(soonEn!.description).toContain("8 July 2026");
    const [, deadlineZh] = renderReminders({ reminders, slip: bangkokSlip, lang: "zh-CN", t: translators["zh-CN"] });
    expect(deadlineZh!.summary).toBe("争议截止日：SIAM CRAFT HOUSE");
    expect(deadlineZh!.description).toContain("Visa 12.6.1：重复扣款");
  });
});
