import { describe, expect, it } from "vitest";
import { assignFingerprints } from "./fingerprint";
import type { UnfingerprintedRecord } from "./issuer-record";
import { linkPendingToPosted, scoreMerchantSimilarity } from "./link-pending";

const hold: UnfingerprintedRecord = {
  source: "sms", kind: "authorisation", state: "pending", transactionDate: "2026-11-03", transactionTime: "19:30",
  billedAmountMinor: 5000, billedCurrency: "USD", merchant: "JOE'S DINER", cardLast4: "1234", references: {},
};
const posted: UnfingerprintedRecord = {
  source: "statement", kind: "purchase", state: "posted", transactionDate: "2026-11-03", postingDate: "2026-11-05",
  billedAmountMinor: 5000, billedCurrency: "USD", merchant: "JOES DINER NEW YORK NY", cardLast4: "1234", references: { row: 4 },
};

function link(records: UnfingerprintedRecord[]) {
  const withIds = assignFingerprints(records);
  return { links: linkPendingToPosted(withIds), ids: withIds.map((r) => r.fingerprint) };
}

describe("linkPendingToPosted", () => {
  it("links an alert's hold to the statement's posted purchase with its reasons", () => {
    const { links, ids } = link([hold, posted]);
    expect(links).toEqual([{ pending: ids[0], posted: ids[1], amountDifferenceMinor: 0, daysApart: 2, merchantSimilarity: expect.any(Number) }]);
    expect(links[0]?.merchantSimilarity).toBeGreaterThan(0.3);
  });

  it("accepts a tip up to 20% (50.00 held, 60.00 posted) but not more (60.01)", () => {
    expect(link([hold, { ...posted, billedAmountMinor: 6000 }]).links).toHaveLength(1);
    expect(link([hold, { ...posted, billedAmountMinor: 6001 }]).links).toHaveLength(0);
  });

  it("links a foreign-currency hold through the posted row's original amount", () => {
    const thb = { ...hold, billedAmountMinor: 125000, billedCurrency: "THB", merchant: "SEVEN-ELEVEN BANGKOK" };
    const cny = { ...posted, billedAmountMinor: 25230, billedCurrency: "CNY", originalAmountMinor: 125000, originalCurrency: "THB", merchant: "SEVEN-ELEVEN BANGKOK TH" };
    expect(link([thb, cny]).links).toHaveLength(1);
  });

  it("does not link across cards, beyond 10 days, or to a different merchant", () => {
    expect(link([hold, { ...posted, cardLast4: "9999" }]).links).toHaveLength(0);
    expect(link([hold, { ...posted, postingDate: "2026-11-14" }]).links).toHaveLength(0);
    expect(link([hold, { ...posted, merchant: "APPLE STORE" }]).links).toHaveLength(0);
  });

  it("uses each record once, preferring the exact amount", () => {
    const tipped = { ...posted, billedAmountMinor: 5500, references: { row: 5 } };
    const { links, ids } = link([hold, tipped, posted]);
    expect(links).toHaveLength(1);
    expect(links[0]?.posted).toBe(ids[2]);
  });

  it("links a hold without merchant only on the exact amount", () => {
    expect(link([{ ...hold, merchant: "" }, posted]).links).toHaveLength(1);
    expect(link([{ ...hold, merchant: "" }, { ...posted, billedAmountMinor: 5100 }]).links).toHaveLength(0);
  });

  it("finds the exact amount ten days later behind a hundred near amounts on the first day", () => {
    const near = Array.from({ length: 100 }, (_, i) => ({ ...posted, postingDate: "2026-11-03", billedAmountMinor: 5001 + i, references: { row: 10 + i } }));
    const exact = { ...posted, postingDate: "2026-11-13", references: { row: 999 } };
    const { links, ids } = link([hold, ...near, exact]);
    expect(links[0]?.posted).toBe(ids.at(-1));
  });

  it("stays fast for a crafted file of 20 000 identical holds and postings on one day", () => {
    const records = Array.from({ length: 40_000 }, (_, i) => ({ ...(i % 2 ? posted : hold), references: { row: i } }));
    const started = performance.now();
    const { links } = link(records);
    expect(links.length).toBeGreaterThan(0);
    // A plain comparison of every pair took minutes here; the bound is generous for slow machines.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

describe("scoreMerchantSimilarity", () => {
  it("scores Chinese names by characters", () => {
    expect(scoreMerchantSimilarity("财付通-美团外卖", "财付通 美团")).toBeGreaterThan(0.5);
  });
});
