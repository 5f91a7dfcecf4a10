import { describe, expect, it } from "vitest";
import { dateLocaleFor, formatCalendarDate, formatInstant, formatWallClock } from "./date-format";

describe("one date style per language", () => {
  it("takes the English region from the browser, day-month-year without one", () => {
    expect(dateLocaleFor("en", "en-US,en;q=0.9")).toBe("en-US");
    expect(dateLocaleFor("en", "en-GB")).toBe("en-GB");
    expect(dateLocaleFor("en", "fr-FR,en-AU;q=0.8")).toBe("en-AU");
    expect(dateLocaleFor("en", "en")).toBe("en-GB");
    expect(dateLocaleFor("en", null)).toBe("en-GB");
    expect(dateLocaleFor("zh-CN", "en-US")).toBe("zh-CN");
  });

  it("writes a day, a wall clock and an instant in each", () => {
    expect(formatCalendarDate("2026-12-03", "en-GB")).toBe("3 December 2026");
    expect(formatCalendarDate("2026-12-03", "en-US")).toBe("December 3, 2026");
    expect(formatCalendarDate("2026-12-03", "en")).toBe("3 December 2026");
    expect(formatCalendarDate("2026-12-03", "zh-CN")).toBe("2026年12月3日");
    expect(formatWallClock("2025-03-14T18:05", "en-GB")).toBe("14 Mar 2025, 18:05");
    expect(formatWallClock("2025-03-14T18:05", "en-US")).toMatch(/^Mar 14, 2025, 6:05\sPM$/);
    expect(formatInstant(new Date("2026-12-06T20:36:00Z"), "en-GB")).toBe("6 Dec 2026, 20:36 UTC");
    expect(formatCalendarDate("not a date", "en-GB")).toBe("not a date");
  });

  it("never moves a calendar day, whatever the server's zone", () => {
    for (const day of ["2026-01-01", "2026-12-31", "2024-02-29"]) expect(formatCalendarDate(day, "en-GB")).toMatch(new RegExp(`^${Number(day.slice(8))} `));
  });
});
