import { describe, expect, it } from "vitest";
import { linkPendingToPosted } from "@/domain/issuer-records";
import { readFeedEvent } from "./feed-event";

function event(type: string, data: Record<string, unknown> = {}) {
  return {
    type,
    timestamp: "2026-11-03T07:25:02Z",
    data: {
      transaction_id: "txn_8f2c1",
      card_last4: "1234",
      amount_minor: 125000,
      currency: "THB",
      billed_amount_minor: 25230,
      billed_currency: "CNY",
      fx_rate: "0.20184",
      merchant: { name: "SEVEN-ELEVEN BANGKOK", city: "Bangkok", country: "TH" },
      auth_code: "A1B2C3",
      occurred_at: "2026-11-03T14:25:00+07:00",
      ...data,
    },
  };
}

function recordOf(body: unknown) {
  const result = readFeedEvent(body);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.record;
}

describe("readFeedEvent", () => {
  it("turns an authorisation into a pending hold in the billing currency, keeping the local date and time", () => {
    expect(recordOf(event("authorisation"))).toMatchObject({
      source: "feed", kind: "authorisation", state: "pending", transactionDate: "2026-11-03", transactionTime: "14:25",
      billedAmountMinor: 25230, billedCurrency: "CNY", originalAmountMinor: 125000, originalCurrency: "THB", fxRate: "0.20184",
      merchant: "SEVEN-ELEVEN BANGKOK", city: "Bangkok", country: "TH", cardLast4: "1234",
      references: { issuerTransactionId: "txn_8f2c1", authCode: "A1B2C3" },
    });
  });

  it("does not shift a late-evening payment to the next UTC day", () => {
    expect(recordOf(event("authorisation", { occurred_at: "2026-11-03T23:50:00-05:00" })).transactionDate).toBe("2026-11-03");
  });

  it("gives credits a negative amount: reversal, expired hold, refund", () => {
    for (const [type, kind] of [["authorisation.reversed", "reversal"], ["authorisation.expired", "reversal"], ["refund", "refund"]] as const) {
      expect(recordOf(event(type))).toMatchObject({ kind, state: "posted", billedAmountMinor: -25230, originalAmountMinor: -125000 });
    }
  });

  it("makes a clearing a posted purchase that links to its authorisation", () => {
    const hold = recordOf(event("authorisation"));
    const cleared = recordOf(event("clearing", { posted_on: "2026-11-05" }));
    expect(cleared).toMatchObject({ kind: "purchase", state: "posted", postingDate: "2026-11-05" });
    expect(cleared.fingerprint).not.toBe(hold.fingerprint);
    expect(linkPendingToPosted([hold, cleared])).toHaveLength(1);
  });

  it("uses the amount as billed when no billing currency is given", () => {
    const { billed_amount_minor: _a, billed_currency: _c, fx_rate: _f, ...data } = event("authorisation").data;
    void _a; void _c; void _f;
    expect(recordOf({ type: "authorisation", data })).toMatchObject({ billedAmountMinor: 125000, billedCurrency: "THB" });
    expect(recordOf({ type: "authorisation", data }).originalCurrency).toBeUndefined();
  });

  it("gives the same event the same fingerprint (a re-sent event adds nothing)", () => {
    expect(recordOf(event("clearing")).fingerprint).toBe(recordOf(event("clearing")).fingerprint);
  });

  it("refuses a full card number anywhere, even in a field it would ignore", () => {
    for (const body of [
      event("authorisation", { merchant: { name: "SHOP 4111 1111 1111 1111" } }),
      { ...event("authorisation"), extra: { pan: "4111111111111111" } },
      { ...event("authorisation"), pan: 4111111111111111 },
    ]) {
      const result = readFeedEvent(body);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.values(result.fieldErrors).flat()).toContain("feeds.errors.cardNumber");
    }
  });

  it("refuses unknown types, bad amounts, more than 4 card digits, a time without offset", () => {
    const bad = [
      { ...event("authorisation"), type: "chargeback" },
      event("authorisation", { amount_minor: -5 }),
      event("authorisation", { amount_minor: 12.5 }),
      event("authorisation", { card_last4: "41234" }),
      event("authorisation", { occurred_at: "2026-11-03T14:25:00" }),
      event("authorisation", { currency: "thb" }),
      event("authorisation", { billed_currency: undefined }),
      "not an object",
    ];
    for (const body of bad) expect(readFeedEvent(body).ok, JSON.stringify(body)).toBe(false);
  });
});
