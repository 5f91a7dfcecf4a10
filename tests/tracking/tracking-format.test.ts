import { describe, expect, it } from "vitest";
import { formatCalendarDate, localizeParams, toPercent } from "@/components/tracking/tracking-format";

describe("formatCalendarDate", () => {
  it("writes the calendar day in the reader's language, never shifted by a zone", () => {
    expect(formatCalendarDate("2026-12-03", "en")).toBe("3 December 2026");
    expect(formatCalendarDate("2026-12-03", "zh-CN")).toBe("2026年12月3日");
    expect(formatCalendarDate("2026-01-01", "en")).toBe("1 January 2026");
  });

  it("leaves anything that is not a date as it is", () => {
    expect(formatCalendarDate("soon", "en")).toBe("soon");
  });
});

describe("localizeParams", () => {
  it("formats date params and keeps numbers and other text", () => {
    expect(localizeParams({ dueDate: "2026-12-03", days: 7, slipName: "LAWSON" }, "en")).toEqual({ dueDate: "3 December 2026", days: 7, slipName: "LAWSON" });
  });
});

describe("toPercent", () => {
  it("rounds a 0..1 score part to a whole percent", () => {
    expect(toPercent(0.875)).toBe(88);
    expect(toPercent(1)).toBe(100);
  });
});
