import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/domain/statements";
import { decideIdentity, identityKey, merchantCore } from "./identity";
import type { IssuerRecord } from "./issuer-record";

const csv = (text: string, options = {}) => parseStatementFile(new TextEncoder().encode(text), "export.csv", options).records;
const revolut = (state: string, completed: string) =>
  csv(`Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\nCARD_PAYMENT,Current,2026-11-03 14:25:10,${completed},7-Eleven Bangkok,-450.00,0.00,THB,${state},\n`);

function only(records: IssuerRecord[]): IssuerRecord {
  expect(records).toHaveLength(1);
  return records[0] as IssuerRecord;
}

describe("decideIdentity", () => {
  it("updates a pending row to booked when a later export shows it COMPLETED (Revolut)", () => {
    const pending = only(revolut("PENDING", ""));
    const booked = only(revolut("COMPLETED", "2026-11-04 09:10:00"));
    expect(pending.fingerprint).not.toBe(booked.fingerprint);
    expect(identityKey(pending)).toBe(identityKey(booked));
    expect(decideIdentity(booked, [pending])).toEqual({
      action: "update", existing: pending.fingerprint, reasons: ["amount", "date", "merchant", "booked"],
      changes: { state: "posted", kind: "purchase", postingDate: "2026-11-04" },
    });
    // The pending row seen again after its booking changes nothing: a booked record never goes back.
    expect(decideIdentity(pending, [{ ...pending, state: "posted", kind: "purchase", fingerprint: "statement-x" }])).toMatchObject({ action: "same" });
  });

  it("recognises the same purchase downloaded as CSV and as OFX", () => {
    const fromCsv = only(csv("Date,Description,Amount\n04/01/2009,POS MERCHANDISE MCDONALD'S #112,-6.60\n", { mapping: { date: 0, description: 1, amount: 2, currencyCode: "CAD", dateFormat: "MM/DD/YYYY" } }));
    const ofx = "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>CAD<BANKTRANLIST><STMTTRN><TRNTYPE>POS<DTPOSTED>20090401<TRNAMT>-6.60<FITID>0000123456782009040100001<NAME>MCDONALD'S #112<MEMO>POS MERCHANDISE;MCDONALD'S #112</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    const fromOfx = only(parseStatementFile(new TextEncoder().encode(ofx), "a.ofx").records);
    expect(merchantCore(fromCsv.merchant)).toBe("MCDONALD S");
    const decision = decideIdentity(fromOfx, [fromCsv]);
    expect(decision).toMatchObject({ action: "update", existing: fromCsv.fingerprint, changes: { references: { fitId: "0000123456782009040100001" } } });
  });

  it("keeps two identical coffees in one import as two records", () => {
    const [first, second] = csv("Date,Description,Amount\n03/11/2026,COFFEE,-3.50\n03/11/2026,COFFEE,-3.50\n", { mapping: { date: 0, description: 1, amount: 2, currencyCode: "EUR" } });
    if (!first || !second) throw new Error("two rows");
    expect(decideIdentity(first, [first, second], new Set())).toEqual({ action: "same", existing: first.fingerprint, reasons: ["fingerprint"] });
    expect(decideIdentity(second, [first], new Set([first.fingerprint]))).toMatchObject({ action: "new" });
  });

  it("never merges two rows the bank gave different ids, nor other amounts, cards or dates", () => {
    const base = only(csv("Date,Description,Amount,Id\n03/11/2026,COFFEE,-3.50,A1\n", { mapping: { date: 0, description: 1, amount: 2, reference: 3, currencyCode: "EUR" } }));
    const other = { ...base, fingerprint: "statement-other", references: { issuerTransactionId: "A2" } };
    expect(decideIdentity(other, [base]).action).toBe("new");
    expect(decideIdentity({ ...base, fingerprint: "f2", references: {}, billedAmountMinor: 351 }, [base]).action).toBe("new");
    expect(decideIdentity({ ...base, fingerprint: "f3", references: {}, cardLast4: "1111" }, [{ ...base, cardLast4: "2222" }]).action).toBe("new");
    expect(decideIdentity({ ...base, fingerprint: "f4", references: {}, transactionDate: "2026-11-04" }, [base]).action).toBe("new");
  });
});
