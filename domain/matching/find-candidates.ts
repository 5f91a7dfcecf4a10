/**
 * Finds the charges worth scoring for one slip without looking at every record: records sharing
 * a printed reference; records whose billed or original amount equals the slip amount (or its DCC
 * home amount) from the day before the slip to 45 days after (late uploads); and, when FX is
 * allowed, records billed in another currency within the tolerance band of the slip converted
 * (rate book), the record's own original amount within ±1 %, and the DCC amount within its band —
 * from the day before to 10 days after. Then scores each candidate charge on its members and keeps
 * the best qualifying member as an edge. See docs/matching.md (passes, complexity).
 */
import { queryIndex } from "./amount-index";
import { BANDS, SAME_CURRENCY, estimateRange } from "./fx-tolerance";
import { findRate } from "./rate-book";
import { measureTimeDistance } from "./clock-offsets";
import { evaluatePair, type PairEvaluation } from "./score-pair";
import { listScoringMembers, pairKey, readChargeId, type Edge, type MatchState } from "./match-state";
import type { SlipInfo } from "./slip-info";

const PASS_RANK = { reference: 0, strong: 1, crossCurrency: 2 } as const;
const LATE_DAYS = 45;
const FX_DAYS = 10;

export function collectCandidateCharges(state: MatchState, slip: SlipInfo, allowFx: boolean): number[] {
  const found = new Set<number>();
  const add = (member: number) => {
    const charge = state.chargeOf[member]!;
    if (charge !== -1 && !state.owner.has(charge)) found.add(charge);
  };
  if (slip.approvalCode) state.references.get(`A:${slip.approvalCode}`)?.forEach(add);
  if (slip.rrn) state.references.get(`R:${slip.rrn}`)?.forEach(add);
  const s = slip.slip;
  queryIndex(state.amounts, s.currency, slip.day - 1, slip.day + LATE_DAYS, s.amountMinor, s.amountMinor, add);
  const dcc = s.dccHomeCurrency && s.dccHomeAmountMinor ? { currency: s.dccHomeCurrency, amount: s.dccHomeAmountMinor } : null;
  if (dcc) queryIndex(state.amounts, dcc.currency, slip.day - 1, slip.day + LATE_DAYS, dcc.amount, dcc.amount, add);
  if (!allowFx) return [...found];
  const [lo, hi] = estimateRange(s.amountMinor, SAME_CURRENCY, BANDS.recordFx);
  queryIndex(state.amounts, s.currency, slip.day - 1, slip.day + FX_DAYS, lo, hi, add);
  if (dcc) {
    const [dlo, dhi] = estimateRange(dcc.amount, SAME_CURRENCY, BANDS.dcc);
    queryIndex(state.amounts, dcc.currency, slip.day - 1, slip.day + FX_DAYS, dlo, dhi, add);
  }
  for (const billed of state.billedCurrencies) {
    if (billed === s.currency) continue;
    const rate = findRate(state.book, s.currency, billed, slip.day);
    if (!rate) continue;
    const [flo, fhi] = estimateRange(s.amountMinor, rate.rate, rate.band);
    queryIndex(state.amounts, billed, slip.day - 1, slip.day + FX_DAYS, flo, fhi, add);
  }
  return [...found];
}

function isBetter(a: PairEvaluation, aTime: number, b: PairEvaluation, bTime: number): boolean {
  const ra = PASS_RANK[a.pass!];
  const rb = PASS_RANK[b.pass!];
  return ra !== rb ? ra < rb : a.parts.total !== b.parts.total ? a.parts.total > b.parts.total : aTime < bTime;
}

/** The best qualifying member of `charge` for `slip`, as an edge; null when none qualifies. */
export function evaluateCharge(state: MatchState, slip: SlipInfo, charge: number, allowFx: boolean): Edge | null {
  const draft = state.charges[charge]!;
  const isLoneCredit = draft.hold === null && draft.posting === null;
  let best: { member: number; evaluation: PairEvaluation; timeDistance: number } | null = null;
  for (const member of listScoringMembers(draft)) {
    const p = state.pool[member]!;
    if (state.rejected.has(pairKey(slip.slip.id, p.record.id))) continue;
    const confirmedFor = state.confirmed.get(p.record.id);
    if (confirmedFor !== undefined && confirmedFor !== slip.slip.id) continue;
    const evaluation = evaluatePair(slip, p, state.book, allowFx, isLoneCredit);
    if (!evaluation?.pass) continue;
    const timeDistance = measureTimeDistance(state, slip, p);
    if (!best || isBetter(evaluation, timeDistance, best.evaluation, best.timeDistance)) best = { member, evaluation, timeDistance };
  }
  if (!best) return null;
  return {
    slip: slip.index, charge, pass: best.evaluation.pass!, member: best.member, total: best.evaluation.parts.total,
    timeDistance: best.timeDistance, slipId: slip.slip.id, chargeId: readChargeId(state, charge),
  };
}

/** Best first: pass order, score, closeness in time, then ids — the same on every run. */
export function compareEdges(a: Edge, b: Edge): number {
  return PASS_RANK[a.pass] - PASS_RANK[b.pass] || b.total - a.total || a.timeDistance - b.timeDistance ||
    (a.slipId < b.slipId ? -1 : a.slipId > b.slipId ? 1 : 0) || (a.chargeId < b.chargeId ? -1 : a.chargeId > b.chargeId ? 1 : 0);
}
