import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsCardNumber, findCardNumbers, isLuhnValid, redactCardNumbers } from "./card-number-guard";

/** Appends the Luhn check digit, as an issuer does. */
function withCheckDigit(body: string): string {
  for (let check = 0; check <= 9; check += 1) {
    if (isLuhnValid(body + check)) return body + check;
  }
  throw new Error("unreachable: one check digit always fits");
}

const FULL_WIDTH_ZERO = 0xff10;
const anyPan = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 12, max: 18 }))
  .chain(([first, length]) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length - 1, maxLength: length - 1 })
      .map((rest) => withCheckDigit(String(first) + rest.join(""))),
  );
const anyGap = fc.constantFrom(
  "", "", "", " ", "-", ".", "  ", " - ", "\u00a0", "\u202f", "\u3000", "．", "－",
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200b \u200b",
);
/** A PAN as someone might paste it: any gap between any two digits, some digits full-width. */
const anyWrittenPan = anyPan.chain((pan) =>
  fc.tuple(
    fc.array(anyGap, { minLength: pan.length - 1, maxLength: pan.length - 1 }),
    fc.array(fc.boolean(), { minLength: pan.length, maxLength: pan.length }),
  ).map(([gaps, wide]) => ({
    pan,
    text: [...pan]
      .map((d, i) => (wide[i] ? String.fromCharCode(FULL_WIDTH_ZERO + Number(d)) : d) + (gaps[i] ?? ""))
      .join(""),
  })),
);
/** Something that is neither a digit nor a separator, so the card is its own run. */
const anyBoundary = fc.constantFrom("\n\n", " card: ", "卡号：", "(", ") ", " x ", ", ", "|");

describe("isLuhnValid", () => {
  it.each([
    ["4111111111111111", true], ["4111111111111112", false], ["378282246310005", true],
    ["6212345678901265", true], ["79927398713", true], ["0", true], ["", false], ["4111 1111", false], ["１２", false],
  ])("says %j is %s", (digits, valid) => {
    expect(isLuhnValid(digits)).toBe(valid);
  });
});

describe("findCardNumbers", () => {
  it("finds a card number however it is written, wherever it sits in the text", () => {
    fc.assert(
      fc.property(fc.string(), anyBoundary, anyWrittenPan, anyBoundary, fc.string(), (before, open, card, close, after) => {
        const start = before.length + open.length;
        const end = start + card.text.replace(/[^\d０-９]+$/u, "").length;
        const found = findCardNumbers(before + open + card.text + close + after);
        expect(found).toContainEqual({ start, end, last4: card.pan.slice(-4) });
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["4111 1111 1111 1111", "1111"],
    ["Visa ４１１１－１１１１－１１１１－１１１１ declined", "1111"],
    ["4111.1111.1111.1111", "1111"],
    ["amex 3782 822463 10005", "0005"],
    ["4111 1111 1111 1111 123 (the CVV)", "1111"],
    ["paid 45 4111111111111111", "1111"],
    ["UnionPay 6212 3456 7890 1265", "1265"],
    ["4\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1", "1111"],
  ])("finds the card in %j", (text, last4) => {
    expect(findCardNumbers(text).map((m) => m.last4)).toEqual([last4]);
  });

  it.each([
    "2024-05-12 14:33:05",
    "Total EUR 1,234.56 incl. VAT 19.00",
    "Call +86 138 0013 8000 or +1 415 555 2671",
    "138 0013 8000",
    "RRN 412345678901 STAN 000123 BATCH 000045",
    "TVR 0000008000 TSI E800 AID A0000000031010",
    "ARN 74987654321012345678901",
    "MID 000000012345678 TID 12345678",
    "Order 0004111111111111111",
  ])("leaves ordinary slip and statement text alone: %j", (text) => {
    expect(findCardNumbers(text)).toEqual([]);
  });

  it("never flags 12-digit references, 23-digit ARNs or international phone numbers", () => {
    const digitsOf = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));
    const phone = fc.tuple(digitsOf(2), digitsOf(3), digitsOf(4), digitsOf(4)).map((p) => `+${p.join(" ")}`);
    fc.assert(
      fc.property(digitsOf(12), digitsOf(23), phone, (rrn, arn, tel) => {
        expect(containsCardNumber(`RRN ${rrn} ARN ${arn} tel ${tel}`)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("scans a megabyte of digit-heavy text quickly", () => {
    const texts = ["1111 ".repeat(200_000), "1 ".repeat(500_000), "1".repeat(1_000_000), "4111 1111 1111 1111\n".repeat(50_000)];
    for (const text of texts) {
      const started = performance.now();
      findCardNumbers(text);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});

describe("redactCardNumbers", () => {
  const anyToken = fc.oneof(
    anyWrittenPan.map((card) => card.text),
    anyPan.map((pan) => pan.replace(/(\d{4})(?=\d)/g, "$1 ")),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }).map((d) => d.join("")),
    anyGap,
    fc.constantFrom("+", "\n", "a", "•", "/", " "),
  );

  it("leaves no card number behind and keeps each one's last 4", () => {
    fc.assert(
      fc.property(fc.array(anyToken, { maxLength: 30 }), (tokens) => {
        const text = tokens.join("");
        const redacted = redactCardNumbers(text);
        expect(findCardNumbers(redacted)).toEqual([]);
        for (const { last4 } of findCardNumbers(text)) expect(redacted).toContain(`•••• ${last4}`);
      }),
      { numRuns: 3000 },
    );
  });

  it("masks the number and keeps only the last 4 digits", () => {
    expect(redactCardNumbers("card 4111-1111-1111-1111, thanks")).toBe("card •••• 1111, thanks");
    expect(redactCardNumbers("４１１１１１１１１１１１１１１１")).toBe("•••• 1111");
  });

  it("keeps the kept digits apart from a following number", () => {
    expect(redactCardNumbers("4111111111111111 2345 6789 0123")).toBe("•••• 1111 | 2345 6789 0123");
  });

  it("returns text without card numbers unchanged", () => {
    expect(redactCardNumbers("Trace 000123, total ¥1,280")).toBe("Trace 000123, total ¥1,280");
  });
});

describe("findCardNumbers — the hostile pass's gaps (issue 14)", () => {
  it.each([
    ["slashes", "4113/7730/7418/5297", "5297"],
    ["underscores", "4114_7730_7418_5296", "5296"],
    ["several spaces between groups", "4111     1111     1111     1111", "1111"],
    ["a number split across lines", "card 4111 1111\n1111 1111 thanks", "1111"],
    ["a number split across Windows lines", "4111 1111\r\n1111 1111", "1111"],
    ["a + prefix", "+4111 1111 1111 1111", "1111"],
    ["Devanagari digits", "४१११ ११११ ११११ ११११", "1111"],
    ["Thai digits", "๔๑๑๑ ๑๑๑๑ ๑๑๑๑ ๑๑๑๑", "1111"],
    ["Bengali digits", "৪১১১-১১১১-১১১১-১১১১", "1111"],
  ])("finds one written with %s", (_name, text, last4) => {
    expect(findCardNumbers(text).map((m) => m.last4)).toEqual([last4]);
  });

  it("still leaves two paragraphs of short numbers, dates and phone numbers alone", () => {
    expect(findCardNumbers("Paid 2025/03/14 12:30\n\n4111 1111\n\n1111 1111")).toEqual([]);
    expect(findCardNumbers("Call +86 138 0013 8000 or +44 20 7946 0958")).toEqual([]);
  });
});

describe("line breaks in files", () => {
  it("keeps two rows of a file apart, and a redacted file keeps its line count", () => {
    expect(findCardNumbers("2024-06-13,LAWSON,123456\n06/13/2024,ICHIRAN,1400")).toEqual([]);
    expect(findCardNumbers(redactCardNumbers("7653467114028171001\n2950 3574 5655 0010 02"))).toEqual([]);
    const text = "note: 4111 1111\n1111 1111\nnext line";
    expect(redactCardNumbers(text).split("\n")).toHaveLength(3);
  });
});
