import { describe, expect, it } from "vitest";
import { detectDayMonthOrder, parseStatementDate } from "./statement-date";

describe("parseStatementDate", () => {
  it.each([
    ["2026-11-03", "DMY", { date: "2026-11-03" }],
    ["03/11/2026", "DMY", { date: "2026-11-03" }],
    ["11/03/2026", "MDY", { date: "2026-11-03" }],
    ["2026/11/03", "DMY", { date: "2026-11-03" }],
    ["20261103", "DMY", { date: "2026-11-03" }],
    ["03.11.2026", "MDY", { date: "2026-11-03" }],
    ["2026年11月3日", "DMY", { date: "2026-11-03" }],
    ["03 Nov 2026", "DMY", { date: "2026-11-03" }],
    ["Nov 3, 2026", "DMY", { date: "2026-11-03" }],
    ["03-11-2026", "DMY", { date: "2026-11-03" }],
    ["2026-11-03 14:25:10", "DMY", { date: "2026-11-03", time: "14:25" }],
    ["11/03/2026 2:25 PM", "MDY", { date: "2026-11-03", time: "14:25" }],
  ] as const)("reads %s (%s)", (text, order, expected) => {
    expect(parseStatementDate(text, order)).toEqual(expected);
  });

  it("refuses impossible dates and non-dates", () => {
    for (const text of ["2026-02-30", "31/04/2026", "合计", "", "13/13/2026"]) expect(parseStatementDate(text)).toBeNull();
  });
});

describe("detectDayMonthOrder", () => {
  it("decides from the whole column", () => {
    expect(detectDayMonthOrder(["03/11/2026", "14/11/2026"])).toBe("DMY");
    expect(detectDayMonthOrder(["11/03/2026", "11/14/2026"])).toBe("MDY");
    expect(detectDayMonthOrder(["03/11/2026", "04/11/2026"])).toBe("ambiguous");
    expect(detectDayMonthOrder(["13/11/2026", "11/14/2026"])).toBe("conflict");
    expect(detectDayMonthOrder(["2026-11-03"])).toBeNull();
  });
});
