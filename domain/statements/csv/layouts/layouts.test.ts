import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the test reads each layout's sample file from disk; parsers take bytes
import { existsSync, readFileSync } from "node:fs";
import { parseCsvStatement } from "../parse-csv-statement";
import { BUILT_IN_LAYOUTS } from ".";

const folder = new URL("./", import.meta.url);

describe("built-in layouts", () => {
  it("are at least 25, each with a unique id, a country, a source and its sample beside it", () => {
    expect(BUILT_IN_LAYOUTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BUILT_IN_LAYOUTS.map((l) => l.id)).size).toBe(BUILT_IN_LAYOUTS.length);
    for (const layout of BUILT_IN_LAYOUTS) expect(existsSync(new URL(layout.sample, folder)), layout.sample).toBe(true);
  });

  it.each(BUILT_IN_LAYOUTS.map((l) => [l.id, l] as const))("recognise their own sample: %s", (id, layout) => {
    const result = parseCsvStatement(new Uint8Array(readFileSync(new URL(layout.sample, folder))));
    expect(result.layout).toBe(id);
    // Bank of America prints its opening balance as a row without an amount: skipped with that reason.
    expect(result.issues.filter((i) => !(id === "bofa-checking" && i.message === "statement.badAmount"))).toEqual([]);
    expect(result.records.length).toBeGreaterThan(0);
    for (const record of result.records) expect(Number.isInteger(record.billedAmountMinor) && record.billedAmountMinor !== 0).toBe(true);
  });
});
