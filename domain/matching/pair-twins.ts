/**
 * Near-identical slips — same merchant, amount, currency and day, e.g. two coffees bought a
 * minute apart — compete for near-identical records. Whatever the issuer's clock offset, the
 * order of events is the same on both sides, so once a round has given each twin a charge, the
 * twins and their charges are re-paired in time order: earliest slip with the earliest record.
 * Only done when every twin qualifies for every one of the charges, every charge carries a time,
 * there are as many charges as twins, and the traveller has decided nothing about these slips.
 * See docs/matching.md.
 */
import { appendTo, compareIds } from "./multimap";
import { listMembers, readChargeId, type Edge, type MatchState } from "./match-state";

function readChargeTime(state: MatchState, charge: number): number | null {
  const times = listMembers(state.charges[charge]!)
    .map((m) => state.pool[m]!)
    .filter((p) => p.record.transactionTime)
    .map((p) => p.wallMinutes);
  return times.length === 0 ? null : Math.min(...times);
}

export function pairTwinsInTimeOrder(state: MatchState, edges: readonly Edge[], takenSlips: readonly number[]): void {
  const byPair = new Map(edges.map((e) => [`${e.slip}|${e.charge}`, e]));
  const groups = new Map<string, number[]>();
  for (const slip of takenSlips) {
    const info = state.slips[slip]!;
    if (state.decidedSlips.has(info.slip.id)) continue;
    const key = `${info.slip.currency}|${info.slip.amountMinor}|${info.day}|${info.prepared.words.map((w) => w.text).join(" ")}`;
    appendTo(groups, key, slip);
  }
  for (const twins of groups.values()) {
    if (twins.length < 2) continue;
    const assignments = twins.map((slip) => state.assigned.get(slip)!.at(-1)!);
    const charges = assignments.map((a) => a.charge);
    const times = charges.map((c) => readChargeTime(state, c));
    if (times.some((t) => t === null)) continue;
    if (!twins.every((slip) => charges.every((charge) => byPair.has(`${slip}|${charge}`)))) continue;
    const slipOrder = [...twins].sort((a, b) => state.slips[a]!.wallMinutes - state.slips[b]!.wallMinutes || compareIds(state.slips[a]!.slip.id, state.slips[b]!.slip.id));
    const chargeOrder = charges
      .map((charge, i) => ({ charge, time: times[i]! }))
      .sort((a, b) => a.time - b.time || compareIds(readChargeId(state, a.charge), readChargeId(state, b.charge)));
    slipOrder.forEach((slip, i) => {
      const edge = byPair.get(`${slip}|${chargeOrder[i]!.charge}`)!;
      const assignment = state.assigned.get(slip)!.at(-1)!;
      Object.assign(assignment, { charge: edge.charge, pass: edge.pass, member: edge.member });
      state.owner.set(edge.charge, slip);
    });
  }
}
