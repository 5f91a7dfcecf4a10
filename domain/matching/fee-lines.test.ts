import { describe, expect, it } from "vitest";
import { deriveSlipStatus } from "@/domain/status";
import { classifyFeeLine } from "./classify-fee-line";
import { matchSlips } from "./match-slips";
import { resolveCharges } from "./resolve-charges";
import { makeRecord, makeSlip } from "./test-fixtures";

const usd = (id: string, date: string, billed: number, merchant: string, extra = {}) =>
  makeRecord(id, { transactionDate: date, postingDate: date, billedAmountMinor: billed, billedCurrency: "USD", originalAmountMinor: undefined, originalCurrency: undefined, merchant, ...extra });

describe("classifyFeeLine", () => {
  it("knows fee descriptors in several languages, whatever kind the importer gave", () => {
    for (const merchant of ["FOREIGN TRANSACTION FEE", "INTERNATIONAL SERVICE ASSESSMENT", "NON-STERLING TRANSACTION FEE", "Auslandseinsatzentgelt", "境外交易手续费", "海外事務手数料"]) {
      expect(classifyFeeLine(usd("f", "2026-03-05", 120, merchant)), merchant).toBe("fee");
    }
  });

  it("keeps a purchase whose text merely mentions a fee as a purchase, even when the importer called it a fee", () => {
    const sparkasse = makeRecord("p", {
      kind: "fee", billedCurrency: "EUR", billedAmountMinor: 480, originalAmountMinor: 18_000, originalCurrency: "THB",
      merchant: "KARTENZAHLUNG PIER 21 BANGKOK Original 180,00 THB 1 Euro=38,1234 THB inkl. Einsatzentgelt 1,75 %",
    });
    expect(classifyFeeLine(sparkasse)).toBe("purchase");
    expect(classifyFeeLine(usd("q", "2026-03-05", 900, "STARBUCKS SHIBUYA"))).toBeNull();
  });
});

describe("fee lines (matchSlips)", () => {
  const slips = [
    makeSlip("s1", { merchantName: "Ichiran Shibuya", city: "Tokyo", country: "JP", localDateTime: "2026-03-04T21:10", amountMinor: 12_500, currency: "JPY" }),
    makeSlip("s2", { merchantName: "Lawson Dogenzaka", city: "Tokyo", country: "JP", localDateTime: "2026-03-04T22:30", amountMinor: 3_000, currency: "JPY" }),
  ];
  const records = [
    usd("p1", "2026-03-05", 8_407, "ICHIRAN SHIBUYA TOKYO", { originalAmountMinor: 12_500, originalCurrency: "JPY" }),
    usd("f1", "2026-03-05", 252, "FOREIGN TRANSACTION FEE"),
    usd("p2", "2026-03-05", 2_018, "LAWSON DOGENZAKA TOKYO", { originalAmountMinor: 3_000, originalCurrency: "JPY" }),
    usd("f2", "2026-03-06", 61, "FOREIGN TRANSACTION FEE"),
  ];

  it("attaches each fee to its purchase by share (3 % of each), never as a charge", () => {
    const result = matchSlips({ slips, records, today: "2026-03-20" });
    expect(result.feeLines.map((f) => [f.slipId, f.recordId, f.postingId, f.sharePercent])).toEqual([
      ["s1", "f1", "p1", "3.00"],
      ["s2", "f2", "p2", "3.02"],
    ]);
    expect(result.unusedRecords).toEqual([]);
    const charges = result.charges.find((c) => c.slipId === "s1")!.charges;
    expect(charges).toEqual([expect.objectContaining({ postingId: "p1", feeIds: ["f1"] })]);
    const status = deriveSlipStatus({ slip: slips[0]!, charges: resolveCharges(charges, records), paidInstead: null, today: "2026-03-20" });
    expect(status.status).toBe("posted");
  });

  it("gives the fee to the statement row, not to an alert repeating that row (its echo)", () => {
    const slip = makeSlip("s1", { merchantName: "Somtum Der", localDateTime: "2026-03-06T19:00", amountMinor: 125_000, currency: "THB" });
    const rows = [
      usd("alert", "2026-03-08", 3_488, "SOMTUM DER SILOM", { source: "sms", originalAmountMinor: 125_000, originalCurrency: "THB" }),
      usd("row", "2026-03-08", 3_488, "SOMTUM DER SILOM BANGKOK TH", { transactionDate: "2026-03-06", originalAmountMinor: 125_000, originalCurrency: "THB" }),
      usd("fee", "2026-03-08", 105, "FOREIGN TRANSACTION FEE"),
    ];
    const result = matchSlips({ slips: [slip], records: rows, today: "2026-03-20" });
    expect(result.feeLines.map((f) => [f.recordId, f.postingId])).toEqual([["fee", "row"]]);
    expect(result.charges[0]!.charges).toEqual([expect.objectContaining({ postingId: "row", echoIds: ["alert"], feeIds: ["fee"] })]);
  });
});
