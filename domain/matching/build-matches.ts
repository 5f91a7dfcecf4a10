/**
 * Turns the assignments of a matching run into what the app stores and shows: one proposed (or
 * confirmed) match per slip × record, with the pass, the score parts and the reasons as message
 * keys under "tracking" (never text), and per slip its charges as record ids. Confirmed pairs are
 * reported as they are, with no score: the traveller decided, and the engine does not re-score.
 * Everything is sorted by ids so the output never depends on input order. See docs/matching.md.
 */
import { compareIds } from "./multimap";
import { describeMerchantScore } from "./merchant-similarity";
import { evaluatePair, type PairEvaluation } from "./score-pair";
import { listMembers, pairKey, readChargeId, type Assignment, type MatchState } from "./match-state";
import type { ChargeIds, FeeLine, PassName, ProposedMatch, Reason } from "./match-types";
import type { SlipInfo } from "./slip-info";

const ROLE_ORDER = { hold: 0, posting: 1, reversal: 2, refund: 3, fee: 4 } as const;

function describeAmount(e: PairEvaluation): Reason {
  const { amountDeviationBp: bp, currencyPath: path, amount } = e.parts;
  if (bp === null) return { key: "match.amount.notComparable" };
  const deviationPercent = (bp / 100).toFixed(2);
  if (e.isExactAmount) return { key: `match.amount.exact.${path}` };
  if (amount > 0) return { key: `match.amount.withinTolerance.${path}`, params: { deviationPercent } };
  return { key: "match.amount.differs", params: { deviationPercent } };
}

/** Where a converted comparison's rate came from: own records, a peg, a reference rate, the trip's estimate. */
function describeRate(e: PairEvaluation): Reason[] {
  const rate = e.parts.rate;
  if (!rate) return [];
  const params: Record<string, string | number> = { from: rate.from, to: rate.to, rate: rate.rate, asOf: rate.asOf, basis: rate.basis };
  if (rate.source) params.source = rate.source;
  const reasons: Reason[] = [{ key: `match.rate.${rate.kind}`, params }];
  if (rate.via.length > 0) reasons.push({ key: "match.rate.crossed", params: { via: rate.via.join(" → ") } });
  return reasons;
}

function describeDate(days: number, isLate: boolean): Reason[] {
  const date: Reason = days === 0 ? { key: "match.date.sameDay" }
    : days > 0 ? { key: "match.date.daysAfter", params: { days } } : { key: "match.date.daysBefore", params: { days: -days } };
  return isLate ? [date, { key: "match.lateUpload" }] : [date];
}

function describePair(slip: SlipInfo, descriptor: string, pass: PassName, e: PairEvaluation, chargeReasons: Reason[]): Reason[] {
  const reasons: Reason[] = [{ key: `match.pass.${pass}` }];
  const kind = e.parts.reference;
  if (kind) reasons.push({ key: `match.reference.${kind}`, params: { value: (kind === "approvalCode" ? slip.approvalCode : slip.rrn) ?? "" } });
  reasons.push(describeAmount(e), ...describeRate(e), ...describeDate(e.parts.dateDistanceDays, e.isLate), describeMerchantScore(e.merchant, slip.slip.merchantName, descriptor));
  if (e.isDccOverride) reasons.push({ key: "match.dccOverridesMerchant" });
  const card = e.parts.card;
  reasons.push(card === "unknown" ? { key: "match.card.unknown" } : { key: `match.card.${card}`, params: { last4: slip.cardLast4 ?? "" } });
  return [...reasons, ...chargeReasons];
}

function listChargeReasons(state: MatchState, a: Assignment, role: string): Reason[] {
  const draft = state.charges[a.charge]!;
  const reasons: Reason[] = [];
  if ((role === "hold" || role === "posting") && draft.hold !== null && draft.posting !== null) {
    reasons.push(a.reasons.some((r) => r.key === "charge.linkedThroughSlip") ? { key: "charge.linkedThroughSlip" } : { key: "charge.holdThenPosting" });
  }
  if (role === "reversal" || role === "refund") reasons.push({ key: "charge.creditOffsets" });
  if (a.reasons.some((r) => r.key === "charge.possibleDuplicate")) reasons.push({ key: "charge.possibleDuplicate" });
  return reasons;
}

function describeFee(state: MatchState, slipId: string, chargeId: string, posting: number): FeeLine | null {
  const link = state.feeOfPosting.get(posting);
  if (!link) return null;
  const fee = state.pool[link.fee]!.record;
  const sharePercent = (link.shareBp / 100).toFixed(2);
  const reasons: Reason[] = [{ key: "fee.attached", params: { sharePercent } }, { key: link.days === 0 ? "fee.sameDay" : "fee.nextDay" }];
  if (link.namesMerchant) reasons.push({ key: "fee.namesMerchant" });
  return {
    slipId, chargeId, recordId: fee.id, postingId: state.pool[posting]!.record.id, amountMinor: Math.abs(fee.billedAmountMinor),
    currency: fee.billedCurrency, sharePercent, reasons,
  };
}

export function buildMatches(state: MatchState): {
  matches: ProposedMatch[]; charges: { slipId: string; charges: ChargeIds[] }[]; used: Set<number>; feeLines: FeeLine[];
} {
  const feeLines: FeeLine[] = [];
  const matches: ProposedMatch[] = [];
  const charges: { slipId: string; charges: ChargeIds[] }[] = [];
  const used = new Set<number>();
  const slips = [...state.assigned.keys()].map((i) => state.slips[i]!).sort((a, b) => compareIds(a.slip.id, b.slip.id));
  for (const slip of slips) {
    const own: ChargeIds[] = [];
    for (const a of state.assigned.get(slip.index)!) {
      const draft = state.charges[a.charge]!;
      const members = listMembers(draft).filter((m) => !state.rejected.has(pairKey(slip.slip.id, state.pool[m]!.record.id)));
      if (members.length === 0) continue;
      const chargeId = readChargeId(state, a.charge);
      const isLoneCredit = draft.hold === null && draft.posting === null;
      for (const m of members) {
        const p = state.pool[m]!;
        const role = p.role!;
        used.add(m);
        const isConfirmed = state.confirmed.get(p.record.id) === slip.slip.id;
        const base = { slipId: slip.slip.id, recordId: p.record.id, chargeId, role };
        if (isConfirmed) {
          matches.push({ ...base, pass: "confirmed", decision: "confirmed", score: null, reasons: [{ key: "match.pass.confirmed" }] });
          continue;
        }
        const pass: PassName = m === a.member && a.pass !== "confirmed" ? a.pass : "linked";
        const e = evaluatePair(slip, p, state.book, true, isLoneCredit, true)!;
        matches.push({ ...base, pass, decision: "proposed", score: e.parts, reasons: describePair(slip, p.record.merchant, pass, e, listChargeReasons(state, a, role)) });
      }
      const feeLine = draft.posting !== null && members.includes(draft.posting) ? describeFee(state, slip.slip.id, chargeId, draft.posting) : null;
      const fee = feeLine && !state.rejected.has(pairKey(slip.slip.id, feeLine.recordId)) ? feeLine : null;
      if (fee) {
        feeLines.push(fee);
        used.add(state.feeOfPosting.get(draft.posting!)!.fee);
        // Shown under the slip with the charge it belongs to, as role "fee": never a charge of its own.
        const isConfirmed = state.confirmed.get(fee.recordId) === slip.slip.id;
        matches.push({
          slipId: slip.slip.id, recordId: fee.recordId, chargeId, role: "fee", pass: isConfirmed ? "confirmed" : "linked",
          decision: isConfirmed ? "confirmed" : "proposed", score: null,
          reasons: isConfirmed ? [{ key: "match.pass.confirmed" }] : [{ key: "match.pass.linked" }, ...fee.reasons],
        });
      }
      own.push({
        id: chargeId,
        ...(draft.hold !== null && members.includes(draft.hold) ? { holdId: state.pool[draft.hold]!.record.id } : {}),
        ...(draft.posting !== null && members.includes(draft.posting) ? { postingId: state.pool[draft.posting]!.record.id } : {}),
        creditIds: draft.credits.filter((c) => members.includes(c)).map((c) => state.pool[c]!.record.id).sort(),
        ...(fee ? { feeIds: [fee.recordId] } : {}),
        ...((draft.echoes ?? []).some((e) => members.includes(e))
          ? { echoIds: (draft.echoes ?? []).filter((e) => members.includes(e)).map((e) => state.pool[e]!.record.id).sort() } : {}),
      });
    }
    if (own.length > 0) charges.push({ slipId: slip.slip.id, charges: own.sort((x, y) => compareIds(x.id, y.id)) });
  }
  matches.sort((x, y) => compareIds(x.slipId, y.slipId) || compareIds(x.chargeId, y.chargeId) ||
    ROLE_ORDER[x.role] - ROLE_ORDER[y.role] || compareIds(x.recordId, y.recordId));
  feeLines.sort((x, y) => compareIds(x.slipId, y.slipId) || compareIds(x.recordId, y.recordId));
  return { matches, charges, used, feeLines };
}
