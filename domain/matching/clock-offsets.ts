/**
 * Times on issuer records are in the issuer's clock (a Chinese bank's SMS in Beijing time, an
 * Australian feed in Sydney time), slips in the shop's local time, and matching does not know the
 * issuer's zone. When two near-identical slips compete for records, the time decides, so the
 * offset is learned from the traveller's own unambiguous matches: pairs where the slip has a
 * single candidate charge and the charge a single candidate slip, both timed; the median of
 * (record wall clock − slip wall clock) per record source and card. Without a learned offset,
 * raw wall clocks are compared. A record without a time counts as half a day away on its date,
 * so a timed record close in time is preferred. Only tie-breaks use this. See docs/matching.md.
 */
import { appendTo } from "./multimap";
import type { PooledRecord } from "./record-pool";
import type { SlipInfo } from "./slip-info";
import type { Edge, MatchState } from "./match-state";

const MAX_OFFSET_MINUTES = 26 * 60;

const groupOf = (p: PooledRecord) => `${p.record.source}|${p.record.cardLast4 ?? ""}`;

export function measureTimeDistance(state: MatchState, slip: SlipInfo, p: PooledRecord): number {
  if (!p.record.transactionTime) return Math.abs(p.day - slip.day) * 1440 + 720;
  return Math.abs(p.wallMinutes - slip.wallMinutes - (state.clockOffsets.get(groupOf(p)) ?? 0));
}

/** Learns offsets from the round's unambiguous edges, then re-measures every edge with them. */
export function learnClockOffsets(state: MatchState, edges: Edge[]): void {
  const perSlip = new Map<number, number>();
  const perCharge = new Map<number, number>();
  for (const e of edges) {
    perSlip.set(e.slip, (perSlip.get(e.slip) ?? 0) + 1);
    perCharge.set(e.charge, (perCharge.get(e.charge) ?? 0) + 1);
  }
  const observed = new Map<string, number[]>();
  for (const e of edges) {
    const p = state.pool[e.member]!;
    if (perSlip.get(e.slip) !== 1 || perCharge.get(e.charge) !== 1 || !p.record.transactionTime) continue;
    const offset = p.wallMinutes - state.slips[e.slip]!.wallMinutes;
    if (Math.abs(offset) <= MAX_OFFSET_MINUTES) appendTo(observed, groupOf(p), offset);
  }
  for (const [group, offsets] of observed) {
    offsets.sort((a, b) => a - b);
    state.clockOffsets.set(group, offsets[Math.floor((offsets.length - 1) / 2)]!);
  }
  for (const e of edges) e.timeDistance = measureTimeDistance(state, state.slips[e.slip]!, state.pool[e.member]!);
}
