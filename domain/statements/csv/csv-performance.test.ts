import { describe, expect, it } from "vitest";
import { parseCsvStatement } from "./parse-csv-statement";

const ROWS = 50_000;

function buildMonzoExport(rows: number): Uint8Array {
  const lines = ["Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In"];
  for (let i = 0; i < rows; i += 1) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const pounds = `${(i % 400) + 1}.${String(i % 100).padStart(2, "0")}`;
    lines.push(`tx_${i},${day}/11/2026,14:${String(i % 60).padStart(2, "0")}:10,Card payment,"Merchant ${i % 997}, Bangkok",,Groceries,-${pounds},GBP,-${i % 5000}.00,THB,,Sukhumvit Rd,,MERCHANT ${i} BANGKOK TH,,-${pounds},`);
  }
  return new TextEncoder().encode(lines.join("\n"));
}

// Speed is measured by bench/import-preview.ts and bench/import-50k.ts, not asserted here: a timing
// bound in a unit test fails on a loaded machine and proves nothing on an idle one.
describe("parseCsvStatement performance", () => {
  it(`parses all ${ROWS} rows of a large export without an issue`, () => {
    const bytes = buildMonzoExport(ROWS);
    const started = performance.now();
    const result = parseCsvStatement(bytes);
    const elapsed = performance.now() - started;
    console.info(`parseCsvStatement: ${ROWS} rows (${(bytes.length / 1e6).toFixed(1)} MB) in ${elapsed.toFixed(0)} ms`);
    expect(result.records).toHaveLength(ROWS);
    expect(result.issues).toEqual([]);
  });
});
