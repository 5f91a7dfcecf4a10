import { describe, expect, it } from "vitest";
import { matchSlips } from "./match-slips";
import { makeHold, makeRecord, makeSlip } from "./test-fixtures";
import type { MatchInput } from "./match-types";

const TODAY = "2026-03-20";
const run = (input: Omit<MatchInput, "today">) => matchSlips({ ...input, today: TODAY });
const links = (input: Omit<MatchInput, "today">) => run(input).matches.map((m) => `${m.slipId}→${m.recordId}:${m.pass}`);

describe("matchSlips — reference pass", () => {
  const feed = (id: string, overrides = {}) =>
    makeRecord(id, { source: "feed", billedAmountMinor: 852, billedCurrency: "USD", originalAmountMinor: undefined, originalCurrency: undefined, merchant: "OXXO ROMA NORTE", transactionDate: "2026-02-10", references: { authCode: "A1B2C3" }, ...overrides });
  const oxxo = makeSlip("s", { merchantName: "Some kiosk", currency: "MXN", amountMinor: 14_550, localDateTime: "2026-02-10T10:15", approvalCode: "A1B2C3", cardLast4: null });

  it("links on the approval code even when the merchant names differ", () => {
    expect(links({ slips: [oxxo], records: [feed("r")] })).toEqual(["s→r:reference"]);
  });

  it("refuses a code that repeats on a record dated far from the slip", () => {
    expect(links({ slips: [oxxo], records: [feed("old", { transactionDate: "2026-01-02" })] })).toEqual([]);
  });

  it("ignores offline codes (Y1, 000000) printed where the approval code goes", () => {
    const offline = { ...oxxo, approvalCode: "000000" };
    expect(links({ slips: [offline], records: [feed("r", { references: { authCode: "000000" } })] })).toEqual([]);
  });

  it("refuses an absurd amount in the same currency (over 50 % off)", () => {
    const slip = makeSlip("s", { approvalCode: "QX12AB", merchantName: "Shop" });
    const record = makeRecord("r", { references: { authCode: "QX12AB" }, originalAmountMinor: 99_000, merchant: "OTHER" });
    expect(links({ slips: [slip], records: [record] })).toEqual([]);
  });
});

describe("matchSlips — strong pass", () => {
  it("links the same amount on the same card in the record's own local amount", () => {
    const result = run({ slips: [makeSlip("s")], records: [makeRecord("r")] });
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({ pass: "strong", decision: "proposed", score: { currencyPath: "recordFx", amount: 1, dateDistanceDays: 0, card: "same", total: 1 } });
  });

  it("links a DCC slip on its home-currency amount", () => {
    const slip = makeSlip("s", { merchantName: "Don Quijote Shibuya", currency: "JPY", amountMinor: 15_400, dccHomeAmountMinor: 76_014, dccHomeCurrency: "CNY" });
    const record = makeRecord("r", { billedAmountMinor: 76_014, originalAmountMinor: undefined, originalCurrency: undefined, merchant: "DON QUIJOTE SHIBUYA" });
    expect(run({ slips: [slip], records: [record] }).matches[0]?.score?.currencyPath).toBe("dcc");
  });

  it("never links a different card", () => {
    expect(links({ slips: [makeSlip("s")], records: [makeRecord("r", { cardLast4: "9999" })] })).toEqual([]);
  });

  it("needs a similar merchant: the same amount at another shop that day is noise", () => {
    expect(links({ slips: [makeSlip("s")], records: [makeRecord("r", { merchant: "FAMILYMART SILOM" })] })).toEqual([]);
  });

  it("accepts a merchant in another script when card, amount and day all agree", () => {
    const slip = makeSlip("s", { merchantName: "鮨 たくみ", currency: "JPY", amountMinor: 18_700 });
    const record = makeRecord("r", { originalAmountMinor: 18_700, originalCurrency: "JPY", merchant: "SUSHI TAKUMI GINZA" });
    expect(links({ slips: [slip], records: [record] })).toEqual(["s→r:strong"]);
    expect(links({ slips: [{ ...slip, cardLast4: null }], records: [record] })).toEqual([]);
  });

  it("looks from the day before the slip to 10 days after for a posting", () => {
    expect(links({ slips: [makeSlip("s")], records: [makeRecord("r", { transactionDate: "2026-03-12" })] })).toEqual(["s→r:strong"]);
    expect(links({ slips: [makeSlip("s")], records: [makeRecord("r", { transactionDate: "2026-02-28" })] })).toEqual([]);
  });

  it("takes an alert that names no merchant only from the day before the slip to 3 days after", () => {
    const bare = (date: string) => makeHold("h", { transactionDate: date, merchant: "财付通" });
    expect(links({ slips: [makeSlip("s")], records: [bare("2026-03-05")] })).toEqual(["s→h:strong"]);
    expect(links({ slips: [makeSlip("s")], records: [bare("2026-03-06")] })).toEqual([]);
  });

  it("takes a late upload (weeks later) only with a clearly similar merchant", () => {
    const late = makeRecord("r", { transactionDate: "2026-03-28", merchant: "7-ELEVEN SUKHUMVIT 11" });
    expect(run({ slips: [makeSlip("s")], records: [late] }).matches[0]?.reasons.map((r) => r.key)).toContain("match.lateUpload");
  });
});

describe("matchSlips — cross-currency pass", () => {
  const posting = (id: string, cny: number) => makeRecord(id, { billedAmountMinor: cny, originalAmountMinor: undefined, originalCurrency: undefined, merchant: "JAY FAI BANGKOK TH" });
  const slip = makeSlip("s", { merchantName: "Jay Fai", amountMinor: 100_000 });

  it("converts with a rate table and accepts the bill within −3 % … +5.5 %", () => {
    const rates = [{ base: "THB", quote: "CNY", rate: "0.1963", asOf: "2026-03-01" }];
    const result = run({ slips: [slip], records: [posting("r", 20_100)], rates });
    expect(result.matches[0]).toMatchObject({ pass: "crossCurrency", score: { currencyPath: "rateTable", amountDeviationBp: 239 } });
    expect(links({ slips: [slip], records: [posting("far", 21_000)], rates })).toEqual([]);
  });

  it("prefers the rate the traveller's other records imply", () => {
    const other = makeRecord("other", { transactionDate: "2026-03-01", billedAmountMinor: 1976, originalAmountMinor: 10_000, merchant: "GRAB* RIDE" });
    const result = run({ slips: [slip], records: [posting("r", 19_800), other] });
    expect(result.matches.find((m) => m.recordId === "r")?.score?.currencyPath).toBe("impliedFx");
  });

  it("learns the rate from a slip matched by its approval code and uses it for the next slip", () => {
    const feed = (id: string, usd: number, date: string, merchant: string, authCode: string) =>
      makeRecord(id, { source: "feed", billedAmountMinor: usd, billedCurrency: "USD", originalAmountMinor: undefined, originalCurrency: undefined, merchant, transactionDate: date, references: { authCode } });
    const slips = [
      makeSlip("oxxo", { merchantName: "OXXO Roma Norte", currency: "MXN", amountMinor: 14_550, localDateTime: "2026-02-10T10:15", approvalCode: "A1B2C3" }),
      makeSlip("contramar", { merchantName: "Contramar", currency: "MXN", amountMinor: 185_000, localDateTime: "2026-02-11T15:30" }),
    ];
    const records = [feed("r1", 852, "2026-02-10", "OXXO ROMA NORTE", "A1B2C3"), feed("r2", 10_828, "2026-02-12", "CONTRAMAR", "K2P9XZ")];
    expect(links({ slips, records })).toEqual(["contramar→r2:crossCurrency", "oxxo→r1:reference"]);
  });

  it("leaves a slip unmatched when no rate relates the currencies", () => {
    const result = run({ slips: [slip], records: [posting("r", 19_630)] });
    expect(result.unmatchedSlips).toEqual(["s"]);
    expect(result.unusedRecords).toEqual(["r"]);
  });
});

describe("matchSlips — charges", () => {
  it("counts a hold and its posting as one charge with two linked records", () => {
    const result = run({ slips: [makeSlip("s")], records: [makeHold("h"), makeRecord("p")] });
    expect(result.charges).toEqual([{ slipId: "s", charges: [{ id: "c-h", holdId: "h", postingId: "p", creditIds: [] }] }]);
    expect(new Set(result.matches.map((m) => m.chargeId))).toEqual(new Set(["c-h"]));
  });

  it("joins a THB hold and a CNY-only posting through the slip they both match", () => {
    const rates = [{ base: "THB", quote: "CNY", rate: "0.1963", asOf: "2026-03-01" }];
    const posting = makeRecord("p", { originalAmountMinor: undefined, originalCurrency: undefined, billedAmountMinor: 4812 });
    const result = run({ slips: [makeSlip("s")], records: [makeHold("h"), posting], rates });
    expect(result.charges[0]?.charges).toEqual([{ id: "c-h", holdId: "h", postingId: "p", creditIds: [] }]);
    expect(result.matches.find((m) => m.recordId === "p")?.reasons.map((r) => r.key)).toContain("charge.linkedThroughSlip");
  });

  it("gives a slip a second same-amount posting of the same day as a possible duplicate", () => {
    const result = run({ slips: [makeSlip("s")], records: [makeRecord("p1"), makeRecord("p2", { postingDate: "2026-03-05" })] });
    expect(result.charges[0]?.charges.map((c) => c.postingId)).toEqual(["p1", "p2"]);
    expect(result.matches.find((m) => m.recordId === "p2")?.reasons.map((r) => r.key)).toContain("charge.possibleDuplicate");
  });

  it("does not call a same-amount purchase two days later a duplicate", () => {
    const result = run({ slips: [makeSlip("s")], records: [makeRecord("p1"), makeRecord("p2", { transactionDate: "2026-03-04" })] });
    expect(result.matches.map((m) => m.recordId)).toEqual(["p1"]);
  });

  it("lets two near-identical slips each take the record nearest in time", () => {
    const slips = [makeSlip("a", { localDateTime: "2026-03-02T16:00" }), makeSlip("b", { localDateTime: "2026-03-02T16:02" })];
    const holds = [makeHold("h-late", { transactionTime: "17:03" }), makeHold("h-early", { transactionTime: "17:01" })];
    expect(links({ slips, records: holds }).sort()).toEqual(["a→h-early:strong", "b→h-late:strong"]);
  });
});
