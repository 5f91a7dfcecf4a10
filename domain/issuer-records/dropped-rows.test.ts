import { describe, expect, it } from "vitest";
import { matchSlips, resolveCharges } from "@/domain/matching";
import { makeRecord, makeSlip } from "@/domain/matching/test-fixtures";
import { deriveSlipStatus } from "@/domain/status";
import { findDroppedRows, type StoredRowState } from "./dropped-rows";
import type { IssuerRecord } from "./issuer-record";

const row = (id: string, date: string, postingDate: string | null, importId = "a", extra: Partial<StoredRowState> = {}): StoredRowState => ({
  id, fingerprint: `fp-${id}`, source: "statement", kind: "purchase", state: "posted", transactionDate: date, postingDate, importId, droppedOn: null, ...extra,
});
const listed = (id: string, date: string) => ({ fingerprint: `fp-${id}`, transactionDate: date }) as IssuerRecord;

describe("findDroppedRows", () => {
  const stored = [
    row("hold-booked", "2026-10-19", null), row("hold-gone", "2026-10-17", null), row("booked", "2026-10-15", "2026-10-16"),
    row("booked-gone", "2026-10-16", "2026-10-17"), row("pending-gone", "2026-10-18", "2026-10-19", "a", { state: "pending" }),
    row("too-late", "2026-11-01", null), row("other-card", "2026-10-17", null, "b"),
  ];
  const later = [listed("hold-booked", "2026-10-19"), listed("booked", "2026-10-15"), listed("new", "2026-11-04")];

  it("drops only never-booked rows of the same account that the later export covers and no longer lists", () => {
    expect(findDroppedRows(later, stored, "c")).toEqual({
      dropped: [{ id: "hold-gone", droppedOn: "2026-11-04" }, { id: "pending-gone", droppedOn: "2026-11-04" }],
      back: [],
    });
  });

  it("reads a missing posting date as unbooked only where the file has posting dates", () => {
    const undated = [row("u-hold", "2026-10-17", null, "u"), row("u-other", "2026-10-15", null, "u")];
    expect(findDroppedRows([listed("u-other", "2026-10-15"), listed("new", "2026-11-04")], undated, "c").dropped).toEqual([]);
  });

  it("judges nothing without a row in common, and clears a dropped row listed again", () => {
    expect(findDroppedRows([listed("new", "2026-11-04")], stored, "c").dropped).toEqual([]);
    const marked = stored.map((r) => (r.id === "hold-gone" ? { ...r, droppedOn: "2026-11-04" } : r));
    expect(findDroppedRows([listed("hold-gone", "2026-10-17"), listed("booked", "2026-10-15")], marked, "d").back).toEqual(["hold-gone"]);
  });

  it("makes the slip's status reversed: the hold was released", () => {
    const slip = makeSlip("s", { merchantName: "Hotel Indigo Bangkok", localDateTime: "2026-10-17T15:00", amountMinor: 500_000, currency: "THB" });
    const deposit = makeRecord("r", {
      transactionDate: "2026-10-17", billedAmountMinor: 13_760, billedCurrency: "EUR", originalAmountMinor: 500_000, originalCurrency: "THB",
      merchant: "HOTEL INDIGO BANGKOK WIRELESS", droppedOn: "2026-11-04",
    });
    const result = matchSlips({ slips: [slip], records: [deposit], today: "2026-11-06" });
    const charges = resolveCharges(result.charges[0]!.charges, [deposit]);
    expect(charges[0]).toMatchObject({ hold: { id: "r" } });
    const status = deriveSlipStatus({ slip, charges, paidInstead: null, today: "2026-11-06" });
    expect(status).toMatchObject({ status: "reversed", since: "2026-11-04" });
    expect(status.evidence[0]!.reasonKeys).toContain("evidence.droppedFromExport");
  });
});
