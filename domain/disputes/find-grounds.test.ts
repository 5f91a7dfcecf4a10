import { describe, expect, it } from "vitest";
import { findDisputeGrounds } from "./find-grounds";
import { bangkokSlip, duplicateCase, record } from "./test-support";
import type { DisputeCase } from "./dispute-case";

const single = (over: Partial<DisputeCase> = {}): DisputeCase => ({
  slip: bangkokSlip, status: "posted", today: "2026-03-20", charges: [{ id: "c1", posting: record("r1"), credits: [] }], ...over,
});

describe("findDisputeGrounds", () => {
  it("cites Visa 12.6.1 for two kept charges, 120 days from the second posting, and disputes the second charge", () => {
    const [finding, ...rest] = findDisputeGrounds(duplicateCase());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ground: "duplicateProcessing", route: "networkChargeback", reasonCode: "12.6.1", chargeId: "c2", disputed: { amountMinor: 24538, currency: "CNY" },
      deadline: { from: "2026-03-10", networkDeadline: "2026-07-08", deadline: "2026-07-08", basis: "network", daysLeft: 110, isExpired: false },
      missingStatements: [], sources: ["visa126"],
    });
  });

  it("cites 12.6.2 when one charge is kept and the traveller paid another way", () => {
    const input = single({ status: "duplicate", slip: { ...bangkokSlip, paidInsteadMethod: "cash", paidInsteadAmountMinor: 125000, paidInsteadCurrency: "THB" } });
    expect(findDisputeGrounds(input)[0]).toMatchObject({ ground: "paidByOtherMeans", reasonCode: "12.6.2", deadline: { networkDeadline: "2026-07-04" } });
  });

  it("uses Mastercard 4834 with 90 days, and the issuer's earlier window when given", () => {
    const slip = { ...bangkokSlip, aid: "A0000000041010", applicationLabel: "MASTERCARD" };
    const [mc] = findDisputeGrounds(duplicateCase({ slip }));
    expect(mc).toMatchObject({ reasonCode: "4834", family: "mastercard", deadline: { networkDeadline: "2026-06-08", deadline: "2026-06-08" } });
    const [withIssuer] = findDisputeGrounds(duplicateCase({ slip, issuer: { windowDays: 60, statementDate: "2026-03-15" } }));
    expect(withIssuer!.deadline).toMatchObject({ issuerDeadline: "2026-05-14", deadline: "2026-05-14", basis: "issuer" });
    expect(withIssuer!.sources).toContain("issuerWindow");
  });

  it("routes UnionPay cards through the issuer's dispute form and Chinese issuers through 争议交易 / 差错处理", () => {
    const unionpay = { ...bangkokSlip, aid: "A000000333010101", applicationLabel: "银联信用卡" };
    expect(findDisputeGrounds(duplicateCase({ slip: unionpay }))[0]).toMatchObject({ route: "unionpayDisputeForm", reasonCode: null, deadline: { networkDeadline: "2026-07-08" } });
    expect(findDisputeGrounds(duplicateCase({ issuer: { isChinese: true } }))[0]).toMatchObject({ route: "chineseIssuerDispute", reasonCode: "12.6.1" });
    const hold = single({ status: "pending", today: "2026-03-20", charges: [{ id: "h", hold: record("h1", { kind: "authorisation", state: "pending", transactionDate: "2026-03-04", postingDate: undefined }), credits: [] }] });
    expect(findDisputeGrounds({ ...hold, issuer: { isChinese: true } })[0]).toMatchObject({ ground: "holdNotReleased", route: "chineseIssuerErrorRequest" });
  });

  it("finds a decline printed on the slip: Visa 11.2, 75 days", () => {
    const input = single({ slip: { ...bangkokSlip, responseCode: "05", approvalCode: null } });
    expect(findDisputeGrounds(input)[0]).toMatchObject({ ground: "chargedAlthoughDeclined", reasonCode: "11.2", reasons: ["reason.declineOnSlip"], deadline: { networkDeadline: "2026-05-20" } });
  });

  it("does not call an offline approval (Y3) a decline", () => {
    expect(findDisputeGrounds(single())).toEqual([]);
  });

  it("asks for the void receipt before a cancelled-but-charged ground is complete, and counts 120 days from its date", () => {
    const [withoutReceipt] = findDisputeGrounds(single({ report: { cancelled: true, cancelledOn: "2026-03-04" } }));
    expect(withoutReceipt).toMatchObject({ ground: "chargedAlthoughCancelled", reasonCode: "13.6", missingStatements: ["voidReceipt"], deadline: { from: "2026-03-04", notBefore: "2026-03-19", networkDeadline: "2026-07-02" } });
  });

  it("finds a partial refund and what is still missing", () => {
    const charges = [{ id: "c1", posting: record("r1"), credits: [record("f1", { kind: "refund", billedAmountMinor: -10000, originalAmountMinor: undefined, originalCurrency: undefined, transactionDate: "2026-03-12", postingDate: "2026-03-13" })] }];
    const [finding] = findDisputeGrounds(single({ charges }));
    expect(finding).toMatchObject({ ground: "creditNotProcessed", disputed: { amountMinor: 14538, currency: "CNY" }, missingStatements: ["refundPromised"], recordIds: ["r1", "f1"] });
  });

  it("finds a promised refund that never came, counting from the promise", () => {
    const [finding] = findDisputeGrounds(single({ report: { refundPromised: true, refundPromisedOn: "2026-03-08" } }));
    expect(finding).toMatchObject({ ground: "creditNotProcessed", reasonCode: "13.6", missingStatements: [], deadline: { from: "2026-03-08", notBefore: "2026-03-23", networkDeadline: "2026-07-06" } });
  });

  it("finds a charge above the slip's amount in the slip's currency and disputes the difference", () => {
    const [finding] = findDisputeGrounds(single({ charges: [{ id: "c1", posting: record("r1", { originalAmountMinor: 135000 }), credits: [] }] }));
    expect(finding).toMatchObject({ ground: "incorrectAmount", reasonCode: "12.5", disputed: { amountMinor: 10000, currency: "THB" } });
  });

  it("finds a charge of exactly the DCC amount and cites Visa 12.3 once the traveller confirms no consent", () => {
    const slip = { ...bangkokSlip, dccHomeCurrency: "CNY", dccHomeAmountMinor: 26800, dccRate: "0.2144" };
    const charges = [{ id: "c1", posting: record("r1", { billedAmountMinor: 26800, originalAmountMinor: undefined, originalCurrency: undefined }), credits: [] }];
    expect(findDisputeGrounds(single({ slip, charges }))[0]).toMatchObject({ ground: "dccWithoutConsent", reasonCode: "12.3", missingStatements: ["noDccConsent"], disputed: null });
    expect(findDisputeGrounds(single({ slip, charges, report: { noDccConsent: true } }))[0]!.missingStatements).toEqual([]);
    expect(findDisputeGrounds(single({ slip, charges, report: { noDccConsent: false } }))).toEqual([]);
  });

  it("asks the issuer to release a hold only after its drop date (7 days, 30 for hotels)", () => {
    const hold = (merchant: string, today: string) => single({ status: "pending", today, slip: { ...bangkokSlip, merchantName: merchant }, charges: [{ id: "h", hold: record("h1", { kind: "authorisation", state: "pending", transactionDate: "2026-03-04", postingDate: undefined, merchant }), credits: [] }] });
    expect(findDisputeGrounds(hold("SIAM CRAFT HOUSE", "2026-03-11"))).toEqual([]);
    expect(findDisputeGrounds(hold("SIAM CRAFT HOUSE", "2026-03-12"))[0]).toMatchObject({ ground: "holdNotReleased", route: "issuerRequest", reasonCode: null, deadline: { deadline: null, daysLeft: null } });
    expect(findDisputeGrounds(hold("RIVERSIDE HOTEL", "2026-03-20"))).toEqual([]);
  });

  it("puts grounds the records prove before grounds that need the traveller's word", () => {
    const slip = { ...bangkokSlip, paidInsteadMethod: "cash" as const, responseCode: "Z3", approvalCode: null };
    const grounds = findDisputeGrounds(single({ status: "duplicate", slip, report: { cancelled: true } })).map((f) => f.ground);
    expect(grounds).toEqual(["paidByOtherMeans", "chargedAlthoughDeclined", "chargedAlthoughCancelled"]);
  });

  it("returns nothing for a slip charged once, correctly", () => {
    expect(findDisputeGrounds(single())).toEqual([]);
    expect(findDisputeGrounds(single({ status: "awaiting", charges: [] }))).toEqual([]);
  });
});
