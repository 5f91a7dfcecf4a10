import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { csvNumber, toSpreadsheetCsv } from "./spreadsheet-csv";

function parseBack(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" }).data;
}

describe("toSpreadsheetCsv", () => {
  it("prefixes text cells that a spreadsheet would run as a formula", () => {
    const cells = ["=1+1", "+86 138 0013 8000", "-5", "@SUM(A1)", "\tTAB", "\rCR", "=HYPERLINK(\"http://x\")\nsecond line"];
    const [header, row] = parseBack(toSpreadsheetCsv(cells.map((_, i) => `c${i}`), [cells]));
    expect(header).toHaveLength(cells.length);
    expect(row).toEqual(cells.map((cell) => `'${cell}`));
  });

  it("leaves ordinary text, Chinese text and numbers exactly as they were", () => {
    const [, row] = parseBack(toSpreadsheetCsv(["a", "b", "c", "d", "e"], [["LAWSON 渋谷店", "备注：店员说网络断了", 1280, "12.50", null]]));
    expect(row).toEqual(["LAWSON 渋谷店", "备注：店员说网络断了", "1280", "12.50", ""]);
  });

  it("keeps commas, quotes and line breaks inside one cell", () => {
    const note = 'He said "offline", then\r\nprinted a slip';
    const [, row] = parseBack(toSpreadsheetCsv(["note"], [[note]]));
    expect(row).toEqual([note]);
  });

  it("round-trips any text: dangerous cells gain exactly one leading apostrophe, others are unchanged", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 30 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const columns = cells.map((_, i) => `c${i}`);
        const parsed = parseBack(toSpreadsheetCsv(columns, [cells]));
        const row = parsed[1] ?? [];
        cells.forEach((cell, i) => {
          const expected = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
          expect(row[i]).toBe(expected);
          // Whatever the input, no parsed cell starts with a formula trigger.
          expect(row[i] ?? "").not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("writes amounts as numbers a spreadsheet sums, a refund's minus sign included, and nothing else", () => {
    const cells = ["-1280.00", "12.50", "0.005", "-5 JPY", "=1+2", "1e5", null].map(csvNumber);
    expect(cells).toEqual([-1280, 12.5, 0.005, "-5 JPY", "=1+2", "1e5", null]);
    const [, row = []] = parseBack(toSpreadsheetCsv(cells.map((_, i) => `c${i}`), [cells]));
    expect(row).toEqual(["-1280", "12.5", "0.005", "'-5 JPY", "'=1+2", "1e5", ""]);
    // Summed as a spreadsheet would: every amount cell parses as a number.
    expect(row.slice(0, 3).map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(-1267.495, 6);
  });
});
