import { describe, expect, it } from "vitest";
import { detectCardNetwork } from "./card-network";
import { disputeGrounds } from "./dispute-grounds";

describe("disputeGrounds", () => {
  it("cites Visa 12.6.1 for a double charge, 120 days from the posting", () => {
    expect(disputeGrounds({ status: "duplicate", network: "visa", postingDate: "2026-03-06", today: "2026-03-20" })).toEqual({
      grounds: "dispute.grounds.visa.duplicateProcessing", network: "visa", reasonCode: "12.6.1", deadline: "2026-07-04", daysLeft: 106,
      isExpired: false, evidence: ["dispute.evidence.slip", "dispute.evidence.bothCharges", "dispute.evidence.timeline", "dispute.evidence.merchantContact"],
    });
  });

  it("cites Visa 12.6.2 and asks for proof of the other payment when paid by other means", () => {
    const grounds = disputeGrounds({ status: "duplicate", kind: "paidByOtherMeans", network: "visa", postingDate: "2026-03-06", today: "2026-03-20" });
    expect(grounds?.reasonCode).toBe("12.6.2");
    expect(grounds?.evidence).toContain("dispute.evidence.otherPayment");
  });

  it("cites Mastercard 4834 with the earlier, 90-day limit", () => {
    expect(disputeGrounds({ status: "duplicate", network: "mastercard", postingDate: "2026-03-06", today: "2026-03-20" })).toMatchObject({
      grounds: "dispute.grounds.mastercard.duplicateProcessing", reasonCode: "4834", deadline: "2026-06-04",
    });
  });

  it("uses the generic wording for UnionPay, Amex, JCB and unknown cards", () => {
    for (const network of ["unionpay", "amex", "jcb", "unknown"] as const) {
      expect(disputeGrounds({ status: "duplicate", network, postingDate: "2026-03-06", today: "2026-03-20" })).toMatchObject({
        grounds: "dispute.grounds.other.duplicateProcessing", reasonCode: null, deadline: "2026-07-04",
      });
    }
  });

  it("counts days left down to negative once the deadline passed", () => {
    expect(disputeGrounds({ status: "duplicate", network: "visa", postingDate: "2026-03-06", today: "2026-07-06" })).toMatchObject({ daysLeft: -2, isExpired: true });
  });

  it("returns nothing for a slip that is not charged twice", () => {
    expect(disputeGrounds({ status: "posted", network: "visa", postingDate: "2026-03-06", today: "2026-03-20" })).toBeNull();
  });
});

describe("detectCardNetwork", () => {
  it.each([
    [{ aid: "A0000000031010" }, "visa"],
    [{ aid: "A0000000041010" }, "mastercard"],
    [{ aid: "A000000333010101" }, "unionpay"],
    [{ aid: "A00000002501" }, "amex"],
    [{ aid: "A0000000651010" }, "jcb"],
    [{ applicationLabel: "VISA CREDIT" }, "visa"],
    [{ applicationLabel: "银联信用卡" }, "unionpay"],
    [{ applicationLabel: "Debit Mastercard" }, "mastercard"],
    [{ brand: "JCB" }, "jcb"],
    [{}, "unknown"],
  ] as const)("reads %j as %s", (hints, network) => {
    expect(detectCardNetwork(hints)).toBe(network);
  });
});
