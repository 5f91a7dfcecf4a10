import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeStatementBytes } from "./decode";
import { parseStatementFile } from "./detect-format";
import { findIssuedCardNumbers, maskCardNumbersKeepingLayout, redactStatementBytes } from "./redact-statement-bytes";

const containsCardNumber = (text: string) => findIssuedCardNumbers(text).length > 0;

import { readFixtureBytes } from "./fixtures/read-fixture";

const fixture = (name: string) => readFixtureBytes(`statements/fixtures/${name}`);
const enc = new TextEncoder();

/** The records a file reads to; descriptions with the guard's "•••• 1111" written as the mask. */
function recordsOf(bytes: Uint8Array, name: string) {
  const unmask = (text: string) => text.replace(/\*{4}[ -]?\*{4}[ -]?\*{4}[ -]?(\d{4})/g, "•••• $1").replace(/\*{12}(\d{4})/g, "•••• $1");
  return parseStatementFile(bytes, name).records.map((r) => ({ ...r, merchant: unmask(r.merchant ?? ""), fingerprint: undefined }));
}

describe("maskCardNumbersKeepingLayout", () => {
  it("keeps the separators and the last four, masks every other digit", () => {
    expect(maskCardNumbersKeepingLayout("card 4111 1111 1111 1111, ok")).toBe("card **** **** **** 1111, ok");
    expect(maskCardNumbersKeepingLayout("4111-1111-1111-1111")).toBe("****-****-****-1111");
    expect(maskCardNumbersKeepingLayout("no number 1234 here")).toBe("no number 1234 here");
  });

  it("masks digits of other scripts too (full-width)", () => {
    const masked = maskCardNumbersKeepingLayout("卡号 ４１１１１１１１１１１１１１１１");
    expect(masked).toBe("卡号 ************１１１１");
    expect(containsCardNumber(masked)).toBe(false);
  });
});

describe("redactStatementBytes", () => {
  it("returns the very same bytes when the file holds no card number", () => {
    const bytes = fixture("cmb-credit-card.csv");
    expect(redactStatementBytes(bytes)).toBe(bytes);
  });

  it("an OFX memo with a card number: the kept file has none and reads to the same records", () => {
    const bytes = fixture("bank-sgml.ofx");
    const kept = redactStatementBytes(bytes);
    expect(containsCardNumber(decodeStatementBytes(bytes).text)).toBe(true);
    expect(containsCardNumber(decodeStatementBytes(kept).text)).toBe(false);
    expect(kept.length).toBe(bytes.length);
    expect(recordsOf(kept, "bank-sgml.ofx")).toEqual(recordsOf(bytes, "bank-sgml.ofx"));
  });

  it("a CSV with a whole card number column keeps the last 4 the importer reads", () => {
    const csv = "Date,Description,Amount,Card\n2026-11-03,SEVEN-ELEVEN BANGKOK,-12.30,4111111111111111\n2026-11-04,HILTON TOKYO,-120.00,5555 5555 5555 4444\n";
    const bytes = enc.encode(csv);
    const kept = redactStatementBytes(bytes);
    const text = new TextDecoder().decode(kept);
    expect(text).toContain("************1111");
    expect(text).toContain("**** **** **** 4444");
    expect(containsCardNumber(text)).toBe(false);
    expect(recordsOf(kept, "card.csv")).toEqual(recordsOf(bytes, "card.csv"));
  });

  it.each(["utf-16le", "gb18030", "shift_jis", "windows-1252"] as const)("keeps the file's own encoding (%s) and its BOM", (encoding) => {
    const text = encoding === "windows-1252" ? "Datum;Verwendungszweck;Betrag\n03.11.2026;Café Müller 4111 1111 1111 1111;-12,30\n" : "日付,内容,金額\n2026/11/03,セブン 4111 1111 1111 1111,1280\n";
    const body = iconv.encode(text, encoding);
    const bytes = encoding === "utf-16le" ? new Uint8Array([0xff, 0xfe, ...body]) : new Uint8Array(body);
    const kept = redactStatementBytes(bytes);
    const original = decodeStatementBytes(bytes);
    const decoded = decodeStatementBytes(kept);
    // The parser reads the kept file exactly as it read the upload, but for the masked digits
    // (whatever encoding the detector chose for so short a sample).
    expect(decoded.encoding).toBe(original.encoding);
    expect(decoded.text).toBe(original.text.replace("4111 1111 1111 1111", "**** **** **** 1111"));
    expect(kept.length).toBe(bytes.length);
    if (encoding === "utf-16le") expect([kept[0], kept[1]]).toEqual([0xff, 0xfe]);
  });
});
