import { describe, expect, it } from "vitest";
import { parseStatementFile } from "./detect-format";
import { detectNotStatement, sniffUpload } from "./sniff-content";

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(64).fill(0x41)]);

describe("detectNotStatement", () => {
  it("refuses photos, PDFs, workbooks and other binaries by their content, whatever their name", () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    expect(parseStatementFile(png, "statement.csv").issues).toEqual([{ line: 0, message: "statement.notStatementImage" }]);
    expect(detectNotStatement(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("statement.notStatementImage");
    expect(detectNotStatement(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n"))).toBe("statement.notStatementPdf");
    expect(detectNotStatement(bytes(0x50, 0x4b, 0x03, 0x04))).toBe("statement.notStatementArchive");
    expect(detectNotStatement(new Uint8Array([0x01, 0x02, 0x00, 0x03, 0x41, 0x42]))).toBe("statement.notStatementBinary");
  });

  it("lets text through: CSV, a CSV starting with BM, UTF-16 with zero bytes", () => {
    expect(detectNotStatement(new TextEncoder().encode("Date,Description,Amount\n03/11/2026,CAFE,-1.00\n"))).toBeNull();
    expect(detectNotStatement(new TextEncoder().encode("BMW Financial,03/11/2026,-1.00\n"))).toBeNull();
    const utf16 = new Uint8Array([0xff, 0xfe, 0x44, 0x00, 0x61, 0x00, 0x74, 0x00, 0x65, 0x00]);
    expect(detectNotStatement(utf16)).toBeNull();
  });

  it("names what file-type recognises beyond the quick signatures", async () => {
    const flac = bytes(0x66, 0x4c, 0x61, 0x43, 0x00, 0x00, 0x00, 0x22);
    expect(await sniffUpload(flac)).toMatchObject({ refusal: "statement.notStatementBinary" });
    expect(await sniffUpload(new TextEncoder().encode("Date,Amount\n03/11/2026,1.00\n"))).toEqual({ refusal: null, mime: undefined });
  });
});
