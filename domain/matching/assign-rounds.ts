/**
 * Hands charges to slips, Actual-Budget style, in rounds that each see what the previous ones
 * took: (0) the traveller's confirmed pairs, kept as they are; (A) reference and strong edges;
 * (B) cross-currency edges for slips still empty, with rates implied by round A; (C) a slip that
 * already has a charge may take another one nobody else qualifies for: the missing half of its
 * hold/posting (merged into the same charge), a credit for it, or a second debit of the same
 * amount on the first one's transaction day (minutes apart when timed) — a possible double charge. Within a round, edges are taken
 * greedily by best score over ALL slips (compareEdges), so two near-identical slips each get the
 * record nearest in time instead of the first slip taking both. See docs/matching.md.
 */
import { appendTo, compareIds } from "./multimap";
import { learnClockOffsets } from "./clock-offsets";
import { collectCandidateCharges, compareEdges, evaluateCharge } from "./find-candidates";
import { pairTwinsInTimeOrder } from "./pair-twins";
import { observeRate } from "./rate-book";
import { assignCharge, listMembers, pairKey, readChargeId, splitCharge, type Edge, type MatchState } from "./match-state";
import { NO_MEMBERS, NO_REASONS } from "./group-charges";
import type { QualifyingPass } from "./score-pair";
import type { PooledRecord } from "./record-pool";

/** A second debit is a possible duplicate only on the first one's transaction day, and within this many minutes when both are timed. */
const DUPLICATE_MAX_MINUTES = 60;
const LATE_CAPTURE_DAYS = 30;

/** Members of `charge` that may not go to `slipId`: rejected for it, or confirmed for another slip. */
function listBarredMembers(state: MatchState, charge: number, slipId: string): number[] {
  return listMembers(state.charges[charge]!).filter((m) => {
    const id = state.pool[m]!.record.id;
    const confirmedFor = state.confirmed.get(id);
    return state.rejected.has(pairKey(slipId, id)) || (confirmedFor !== undefined && confirmedFor !== slipId);
  });
}

export function applyDecisions(state: MatchState): void {
  if (state.confirmed.size === 0) return;
  const slipIndex = new Map(state.slips.map((s) => [s.slip.id, s.index]));
  const count = state.charges.length;
  for (let charge = 0; charge < count; charge += 1) {
    const bySlip = new Map<string, number[]>();
    for (const m of listMembers(state.charges[charge]!)) {
      const slipId = state.confirmed.get(state.pool[m]!.record.id);
      if (slipId !== undefined) appendTo(bySlip, slipId, m);
    }
    const slipIds = [...bySlip.keys()].sort();
    if (slipIds.length === 1) {
      const slipId = slipIds[0]!;
      const barred = listBarredMembers(state, charge, slipId);
      if (barred.length > 0) splitCharge(state, charge, barred);
      assignCharge(state, slipIndex.get(slipId)!, { charge, pass: "confirmed", member: bySlip.get(slipId)![0]!, reasons: [] });
      continue;
    }
    for (const slipId of slipIds) {
      const own = splitCharge(state, charge, bySlip.get(slipId)!);
      assignCharge(state, slipIndex.get(slipId)!, { charge: own, pass: "confirmed", member: bySlip.get(slipId)![0]!, reasons: [] });
    }
  }
}

function take(state: MatchState, edge: Edge, reasons: { key: string }[] = []): void {
  const barred = listBarredMembers(state, edge.charge, edge.slipId);
  if (barred.length > 0) splitCharge(state, edge.charge, barred);
  assignCharge(state, edge.slip, { charge: edge.charge, pass: edge.pass, member: edge.member, reasons });
}

/**
 * One greedy round over every slip that has no charge yet. The first round also learns the
 * issuer clock offsets; each round ends by re-pairing twins in time order.
 */
export function assignRound(state: MatchState, allowFx: boolean, passes: readonly QualifyingPass[], learnClocks = false): void {
  const edges: Edge[] = [];
  for (const slip of state.slips) {
    if (state.assigned.has(slip.index)) continue;
    for (const charge of collectCandidateCharges(state, slip, allowFx)) {
      const edge = evaluateCharge(state, slip, charge, allowFx);
      if (edge && passes.includes(edge.pass)) edges.push(edge);
    }
  }
  if (learnClocks) learnClockOffsets(state, edges);
  edges.sort(compareEdges);
  const taken: number[] = [];
  for (const edge of edges) {
    if (state.assigned.has(edge.slip) || state.owner.has(edge.charge)) continue;
    take(state, edge);
    taken.push(edge.slip);
  }
  pairTwinsInTimeOrder(state, edges, taken);
}

/** Slips matched by reference or confirmed across currencies tell the rate this traveller pays. */
export function observeMatchedRates(state: MatchState): void {
  for (const [slipIndex, assignments] of state.assigned) {
    const s = state.slips[slipIndex]!.slip;
    for (const a of assignments) {
      if ((a.pass !== "reference" && a.pass !== "confirmed") || a.member === null) continue;
      const r = state.pool[a.member]!.record;
      if (r.billedCurrency === s.currency || r.billedCurrency === s.dccHomeCurrency) continue;
      observeRate(state.book, s.currency, r.billedCurrency, s.amountMinor, r.billedAmountMinor, state.slips[slipIndex]!.day);
    }
  }
}

function readLead(state: MatchState, charge: number): PooledRecord | null {
  const draft = state.charges[charge]!;
  const lead = draft.posting ?? draft.hold;
  return lead === null ? null : state.pool[lead]!;
}

function haveSameAmount(a: PooledRecord, b: PooledRecord): boolean {
  if (a.record.billedCurrency === b.record.billedCurrency && a.amount === b.amount) return true;
  return !!a.record.originalCurrency && a.record.originalCurrency === b.record.originalCurrency && a.originalAmount === b.originalAmount;
}

/**
 * The same purchase processed twice carries the same transaction date (and, when printed, a time
 * minutes apart); the same amount at the same shop the next morning is another croissant.
 */
function isSameMoment(a: PooledRecord, b: PooledRecord): boolean {
  if (a.day !== b.day) return false;
  if (!a.record.transactionTime || !b.record.transactionTime) return true;
  return Math.abs(a.wallMinutes - b.wallMinutes) <= DUPLICATE_MAX_MINUTES;
}

/** Folds `from`'s members into `into` (a hold meeting its posting, a credit meeting its debit). */
function mergeInto(state: MatchState, into: number, from: number, key: string, slip: number): void {
  const target = state.charges[into]!;
  const source = state.charges[from]!;
  if (source.hold !== null) target.hold = source.hold;
  if (source.posting !== null) target.posting = source.posting;
  target.credits = [...target.credits, ...source.credits];
  if (source.echoes) target.echoes = [...(target.echoes ?? []), ...source.echoes];
  for (const m of listMembers(source)) state.chargeOf[m] = into;
  state.charges[from] = { hold: null, posting: null, credits: NO_MEMBERS, reasons: NO_REASONS };
  state.owner.set(from, slip);
  const assignment = state.assigned.get(slip)!.find((a) => a.charge === into)!;
  assignment.reasons = [...assignment.reasons, { key }];
}

/** Round C: the other half of a charge, its credit, or a same-amount second debit (possible duplicate). */
export function attachExtraCharges(state: MatchState): void {
  const edges: Edge[] = [];
  for (const slip of state.slips) {
    if (!state.assigned.has(slip.index)) continue;
    for (const charge of collectCandidateCharges(state, slip, true)) {
      const edge = evaluateCharge(state, slip, charge, true);
      if (edge) edges.push(edge);
    }
  }
  edges.sort(compareEdges);
  for (const edge of edges) {
    if (state.owner.has(edge.charge)) continue;
    const barred = listBarredMembers(state, edge.charge, edge.slipId);
    if (barred.length > 0) splitCharge(state, edge.charge, barred);
    const extra = state.charges[edge.charge]!;
    // In charge-id order, not assignment order: which charge receives a credit must not depend on input order.
    const own = state.assigned.get(edge.slip)!.map((a) => a.charge).filter((c) => listMembers(state.charges[c]!).length > 0)
      .sort((x, y) => compareIds(readChargeId(state, x), readChargeId(state, y)));
    const lead = readLead(state, edge.charge);
    const holdOnly = (c: number) => state.charges[c]!.hold !== null && state.charges[c]!.posting === null;
    const postingOnly = (c: number) => state.charges[c]!.posting !== null && state.charges[c]!.hold === null;
    if (extra.hold !== null && extra.posting === null) {
      const h = state.pool[extra.hold]!;
      const partner = own.find((c) => postingOnly(c) && readLead(state, c)!.postedDay >= h.day - 1 && readLead(state, c)!.day <= h.day + LATE_CAPTURE_DAYS);
      if (partner !== undefined) {
        mergeInto(state, partner, edge.charge, "charge.linkedThroughSlip", edge.slip);
        continue;
      }
    }
    if (extra.posting !== null && extra.hold === null && lead) {
      const partner = own.find((c) => holdOnly(c) && lead.postedDay >= readLead(state, c)!.day - 1 && lead.day <= readLead(state, c)!.day + LATE_CAPTURE_DAYS);
      if (partner !== undefined) {
        mergeInto(state, partner, edge.charge, "charge.linkedThroughSlip", edge.slip);
        continue;
      }
    }
    if (!lead) {
      const credit = state.pool[extra.credits[0]!]!;
      const partner = own.find((c) => readLead(state, c) !== null && credit.day >= readLead(state, c)!.day - 1);
      if (partner !== undefined) mergeInto(state, partner, edge.charge, "charge.creditOffsets", edge.slip);
      continue;
    }
    const twin = own.some((c) => {
      const other = readLead(state, c);
      return other !== null && haveSameAmount(lead, other) && isSameMoment(lead, other);
    });
    if (twin) take(state, edge, [{ key: "charge.possibleDuplicate" }]);
  }
}
