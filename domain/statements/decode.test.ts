import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeStatementBytes } from "./decode";

const bytesOf = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

describe("decodeStatementBytes", () => {
  it("follows a BOM and drops it from the text", () => {
    expect(decodeStatementBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: "A", encoding: "utf-8" });
    expect(decodeStatementBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ text: "A", encoding: "utf-16le" });
    expect(decodeStatementBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toEqual({ text: "A", encoding: "utf-16be" });
  });

  it("recognises UTF-16 without a BOM by its zero bytes", () => {
    expect(decodeStatementBytes(bytesOf("Date,Amount\n03/11/2026,12.50\n", "utf-16le")).encoding).toBe("utf-16le");
    expect(decodeStatementBytes(bytesOf("Date,Amount\n03/11/2026,12.50\n", "utf-16be")).encoding).toBe("utf-16be");
  });

  it("tells GBK, Shift_JIS and Windows-1252 apart and decodes them", () => {
    const cases = [
      ["交易日期,摘要,交易场所,记账金额(支出)\n2026-11-03,消费,泰国曼谷,252.30\n", "gbk", "gb18030"],
      ["利用日,利用店名・商品名,利用者,利用金額\n2026/11/03,セブン－イレブン,本人,5480\n", "shift_jis", "shift_jis"],
      ["Buchungstag;Auftraggeber / Begünstigter;Betrag (€)\n03.11.2026;Café Müller;-12,50\n", "windows-1252", "windows-1252"],
    ] as const;
    for (const [text, written, detected] of cases) {
      expect(decodeStatementBytes(bytesOf(text, written))).toEqual({ text, encoding: detected });
    }
  });

  it("keeps valid UTF-8 as UTF-8", () => {
    expect(decodeStatementBytes(new TextEncoder().encode("Café, 咖啡, ¥"))).toEqual({ text: "Café, 咖啡, ¥", encoding: "utf-8" });
  });
});
