import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsCardNumber } from "@/domain/cards/card-number-guard";
import type { IssuerRecord } from "@/domain/issuer-records";
import { parseCsvStatement } from "./parse-csv-statement";

/** A Luhn-valid 16-digit Visa-like number, printed the ways people and banks print them. */
const cardNumber = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }), fc.constantFrom("", " ", "-"))
  .map(([digits, separator]) => {
    const body = [4, ...digits];
    let sum = 0;
    body.forEach((d, i) => {
      const doubled = (body.length - i) % 2 === 1 ? d * 2 : d;
      sum += doubled > 9 ? doubled - 9 : doubled;
    });
    const full = [...body, (10 - (sum % 10)) % 10].join("");
    return full.match(/.{4}/g)?.join(separator) ?? full;
  });

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("=SUM(A1:A9)", "+1", "-12.50", "(3,20)", "1.234,56", "12.50 CR", '"', '""', "\n", ";", "|", "\t", "03/11/2026", "2026年11月3日"),
  cardNumber,
  cardNumber.map((n) => `PAID ${n} THANKS`),
);

const toCsv = (rows: string[][]) =>
  rows.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");

function collectTexts(record: IssuerRecord): string[] {
  return [
    record.merchant, record.city, record.country, record.cardLast4,
    ...Object.values(record.references).map(String),
  ].filter((t): t is string => typeof t === "string");
}

describe("parseCsvStatement with random cells", () => {
  it("never throws and never lets a full card number into a record or the preview", () => {
    const header = ["Transaction Date", "Post Date", "Description", "Category", "Type", "Amount", "Memo"];
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { maxLength: 12 }), fc.boolean(), (rows, withHeader) => {
        const text = toCsv(withHeader ? [header, ...rows] : rows);
        for (const options of [{}, { mapping: { date: 0, description: [2, 6], amount: 5, currencyCode: "USD" } }]) {
          const result = parseCsvStatement(new TextEncoder().encode(text), options);
          for (const record of result.records) {
            for (const t of collectTexts(record)) expect(containsCardNumber(t)).toBe(false);
          }
          for (const row of result.preview) for (const c of row) expect(containsCardNumber(c)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same fingerprints every time the same bytes are imported", () => {
    const row = fc.tuple(
      fc.date({ min: new Date("2026-01-01"), max: new Date("2026-12-31"), noInvalidDate: true }),
      fc.integer({ min: -99999, max: 99999 }),
      fc.constantFrom("STARBUCKS", "7-ELEVEN", "LAWSON", "CAFE"),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const lines = rows.map(([d, cents, name]) => {
          const date = `${String(d.getUTCMonth() + 1).padStart(2, "0")}/${String(d.getUTCDate()).padStart(2, "0")}/${d.getUTCFullYear()}`;
          return `${date},${date},${name},Shopping,Sale,${(cents / 100).toFixed(2)},`;
        });
        const bytes = new TextEncoder().encode(["Transaction Date,Post Date,Description,Category,Type,Amount,Memo", ...lines].join("\n"));
        const first = parseCsvStatement(bytes).records.map((r) => r.fingerprint);
        expect(parseCsvStatement(bytes).records.map((r) => r.fingerprint)).toEqual(first);
        expect(new Set(first).size).toBe(first.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe("overlapping statement periods", () => {
  const header = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo";
  const rows = [
    "11/01/2026,11/02/2026,CAFE A,Food,Sale,-3.00,",
    "11/02/2026,11/03/2026,CAFE B,Food,Sale,-4.00,",
    "11/03/2026,11/04/2026,COFFEE,Food,Sale,-5.00,",
    "11/03/2026,11/04/2026,COFFEE,Food,Sale,-5.00,",
    "11/05/2026,11/06/2026,CAFE C,Food,Sale,-6.00,",
    "11/07/2026,11/08/2026,CAFE D,Food,Sale,-7.00,",
  ];
  const parse = (lines: string[]) => parseCsvStatement(new TextEncoder().encode([header, ...lines].join("\n"))).records.map((r) => r.fingerprint);

  it("shares the fingerprints of the rows both exports contain, double charges included", () => {
    const october = parse(rows.slice(0, 5));
    const november = parse(rows.slice(1));
    const shared = october.filter((f) => november.includes(f));
    expect(shared).toHaveLength(4);
    expect(new Set([...october, ...november]).size).toBe(rows.length);
  });
});
