import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchSlips } from "./match-slips";
import { makeHold, makeRecord, makeSlip } from "./test-fixtures";
import type { MatchDecision, MatchRecord, MatchSlip } from "./match-types";

// Small worlds with many collisions: few merchants, amounts, days and cards, so that slips
// compete for records, holds compete for postings and credits compete for debits.
const MERCHANTS = [["7-Eleven", "SEVEN-ELEVEN BANGKOK TH"], ["Jay Fai", "JAY FAI"], ["Cafe Amazon", "SQ *CAFE AMAZON SILOM"]] as const;
const AMOUNTS = [24_500, 100_000, 8_900];
const DAYS = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-05"];
const CARDS = ["1234", "5678"];

const slipArb = fc.record({ m: fc.nat(2), a: fc.nat(2), d: fc.nat(3), c: fc.nat(1), minute: fc.nat(59) });
const recordArb = fc.record({ m: fc.nat(2), a: fc.nat(2), d: fc.nat(3), c: fc.nat(1), kind: fc.constantFrom("hold", "posting", "posting", "reversal", "refund") });

type SlipSpec = typeof slipArb extends fc.Arbitrary<infer T> ? T : never;
type RecordSpec = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

function buildWorld(slipSpecs: SlipSpec[], recordSpecs: RecordSpec[]) {
  const slips: MatchSlip[] = slipSpecs.map((s, i) =>
    makeSlip(`s${i}`, { merchantName: MERCHANTS[s.m]![0], amountMinor: AMOUNTS[s.a]!, localDateTime: `${DAYS[s.d]}T12:${String(s.minute).padStart(2, "0")}`, cardLast4: CARDS[s.c]! }));
  const records: MatchRecord[] = recordSpecs.map((r, i) => {
    const base = { merchant: MERCHANTS[r.m]![1], transactionDate: DAYS[r.d]!, cardLast4: CARDS[r.c]! };
    const thb = AMOUNTS[r.a]!;
    const cny = Math.round(thb * 0.1964);
    if (r.kind === "hold") return makeHold(`r${i}`, { ...base, billedAmountMinor: thb });
    // Every third posting shows no local amount: it can only match through the rate table.
    if (r.kind === "posting" && i % 3 === 0) return makeRecord(`r${i}`, { ...base, billedAmountMinor: cny + (i % 5), originalAmountMinor: undefined, originalCurrency: undefined });
    if (r.kind === "posting") return makeRecord(`r${i}`, { ...base, billedAmountMinor: cny, originalAmountMinor: thb });
    const kind = r.kind === "reversal" ? "reversal" : "refund";
    return makeRecord(`r${i}`, { ...base, kind, billedAmountMinor: -cny, originalAmountMinor: -thb });
  });
  return { slips, records };
}

const RATES = [{ base: "THB", quote: "CNY", rate: "0.1960", asOf: "2026-03-01" }];
const worldArb = fc.record({ slips: fc.array(slipArb, { maxLength: 8 }), records: fc.array(recordArb, { maxLength: 16 }) });

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("matchSlips properties", () => {
  it("never uses one issuer record for two slips, nor twice for one", () => {
    fc.assert(fc.property(worldArb, ({ slips, records }) => {
      const world = buildWorld(slips, records);
      const ids = matchSlips({ ...world, rates: RATES, today: "2026-03-20" }).matches.map((m) => m.recordId);
      expect(new Set(ids).size).toBe(ids.length);
    }), { numRuns: 300 });
  });

  it("gives the same answer whatever order slips, records and decisions come in", () => {
    fc.assert(fc.property(worldArb, fc.integer({ min: 1, max: 2_000_000 }), fc.array(fc.tuple(fc.nat(7), fc.nat(15), fc.boolean()), { maxLength: 4 }), ({ slips, records }, seed, picks) => {
      const world = buildWorld(slips, records);
      const decisions: MatchDecision[] = picks
        .filter(([s, r]) => s < world.slips.length && r < world.records.length)
        .map(([s, r, yes]) => ({ slipId: `s${s}`, recordId: `r${r}`, decision: yes ? "confirmed" : "rejected" }));
      const once = matchSlips({ ...world, decisions, rates: RATES, today: "2026-03-20" });
      const again = matchSlips({ slips: shuffle(world.slips, seed), records: shuffle(world.records, seed + 1), decisions: shuffle(decisions, seed + 2), rates: RATES, today: "2026-03-20" });
      expect(again).toEqual(once);
    }), { numRuns: 300 });
  });

  it("never proposes a rejected pair and always keeps a confirmed one", () => {
    fc.assert(fc.property(worldArb, fc.array(fc.tuple(fc.nat(7), fc.nat(15), fc.boolean()), { maxLength: 4 }), ({ slips, records }, picks) => {
      const world = buildWorld(slips, records);
      const decisions: MatchDecision[] = picks
        .filter(([s, r]) => s < world.slips.length && r < world.records.length)
        .map(([s, r, yes]) => ({ slipId: `s${s}`, recordId: `r${r}`, decision: yes ? "confirmed" : "rejected" }));
      const pairs = new Set(matchSlips({ ...world, decisions, rates: RATES, today: "2026-03-20" }).matches.map((m) => `${m.slipId}|${m.recordId}|${m.decision}`));
      const confirmedOnce = decisions.filter((d) => d.decision === "confirmed" && decisions.filter((e) => e.recordId === d.recordId && e.decision === "confirmed").length === 1);
      for (const d of decisions.filter((x) => x.decision === "rejected")) {
        expect(pairs.has(`${d.slipId}|${d.recordId}|proposed`)).toBe(false);
      }
      for (const d of confirmedOnce) {
        const alsoRejected = decisions.some((e) => e.decision === "rejected" && e.slipId === d.slipId && e.recordId === d.recordId);
        if (!alsoRejected) expect(pairs.has(`${d.slipId}|${d.recordId}|confirmed`)).toBe(true);
      }
    }), { numRuns: 300 });
  });
});
