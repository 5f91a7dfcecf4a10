/**
 * The working state of one `matchSlips` run: records pooled and grouped into charges, the indexes
 * that find a slip's candidates without scanning (amount × day, and printed references), the rate
 * book, the traveller's decisions, and which slip owns which charge. Charges can be split (a
 * member the traveller rejected leaves with its own charge) or merged (a hold and a posting the
 * slip proves belong together), so a charge's id is always derived from its first member — never
 * stored — and stays the same whatever order the input came in. See docs/matching.md.
 */
import { appendTo, compareIds } from "./multimap";
import type { AmountDayIndex } from "./amount-index";
import type { ChargeDraft } from "./group-charges";
import type { FeeLink } from "./fee-lines";
import type { RateBook } from "./rate-book";
import type { PooledRecord } from "./record-pool";
import type { QualifyingPass } from "./score-pair";
import type { SlipInfo } from "./slip-info";
import type { MatchDecision, PassName, Reason } from "./match-types";

export type Assignment = { charge: number; pass: PassName; member: number | null; reasons: readonly Reason[] };

export type MatchState = {
  slips: SlipInfo[];
  pool: PooledRecord[];
  charges: ChargeDraft[];
  /** Pool position → charge index (−1: the record belongs to no charge). */
  chargeOf: Int32Array;
  owner: Map<number, number>;
  assigned: Map<number, Assignment[]>;
  rejected: Set<string>;
  confirmed: Map<string, string>;
  book: RateBook;
  amounts: AmountDayIndex;
  references: Map<string, number[]>;
  billedCurrencies: string[];
  /** Learned issuer-clock offsets in minutes, per record source and card (clock-offsets.ts). */
  clockOffsets: Map<string, number>;
  /** Slips the traveller confirmed or rejected something for. */
  decidedSlips: Set<string>;
  /** Posting pool position → its fee line. */
  feeOfPosting: Map<number, FeeLink>;
};

export type Edge = { slip: number; charge: number; pass: QualifyingPass; member: number; total: number; timeDistance: number; slipId: string; chargeId: string };

export const pairKey = (slipId: string, recordId: string) => `${slipId}\u0000${recordId}`;

export function listMembers(draft: ChargeDraft): number[] {
  return [...(draft.hold === null ? [] : [draft.hold]), ...(draft.posting === null ? [] : [draft.posting]), ...(draft.echoes ?? []), ...draft.credits];
}

export function readChargeId(state: MatchState, charge: number): string {
  const first = listMembers(state.charges[charge]!)[0];
  return first === undefined ? `c-empty-${charge}` : `c-${state.pool[first]!.record.id}`;
}

/** The members a slip is scored on: the debits, or the credits when the charge has no debit. */
export function listScoringMembers(draft: ChargeDraft): readonly number[] {
  const debits = [...(draft.hold === null ? [] : [draft.hold]), ...(draft.posting === null ? [] : [draft.posting]), ...(draft.echoes ?? [])];
  return debits.length > 0 ? debits : draft.credits;
}

export function buildDecisionSets(decisions: readonly MatchDecision[], slipIds: ReadonlySet<string>) {
  const rejected = new Set<string>();
  const confirmed = new Map<string, string>();
  const decidedSlips = new Set<string>();
  const sorted = [...decisions].sort((a, b) => compareIds(a.slipId, b.slipId) || compareIds(a.recordId, b.recordId));
  for (const d of sorted) {
    if (!slipIds.has(d.slipId)) continue;
    decidedSlips.add(d.slipId);
    if (d.decision === "rejected") rejected.add(pairKey(d.slipId, d.recordId));
    else if (!confirmed.has(d.recordId)) confirmed.set(d.recordId, d.slipId);
  }
  return { rejected, confirmed, decidedSlips };
}

/**
 * Indexes the printed references of every record in a charge (a hit on any member leads to its
 * charge) and lists the billed currencies the FX search must try.
 */
export function indexCharges(state: MatchState): void {
  const references = new Map<string, number[]>();
  const currencies = new Set<string>();
  for (const p of state.pool) {
    if (p.role === null) continue;
    const refs = p.record.references;
    currencies.add(p.record.billedCurrency);
    if (refs.authCode) appendTo(references, `A:${refs.authCode.trim().toUpperCase()}`, p.index);
    if (refs.rrn) appendTo(references, `R:${refs.rrn.trim().toUpperCase()}`, p.index);
    if (refs.issuerTransactionId) appendTo(references, `R:${refs.issuerTransactionId.trim().toUpperCase()}`, p.index);
  }
  state.references = references;
  state.billedCurrencies = [...currencies].sort();
}

/** Gives `charge` to `slip`. */
export function assignCharge(state: MatchState, slip: number, assignment: Assignment): void {
  state.owner.set(assignment.charge, slip);
  appendTo(state.assigned, slip, assignment);
}

/**
 * Moves `members` out of `charge` into a new, unowned charge (e.g. the hold a traveller rejected
 * for this slip stays available to another slip). Returns the new charge's index.
 */
export function splitCharge(state: MatchState, charge: number, members: readonly number[]): number {
  const draft = state.charges[charge]!;
  const moving = new Set(members);
  const split: ChargeDraft = {
    hold: draft.hold !== null && moving.has(draft.hold) ? draft.hold : null,
    posting: draft.posting !== null && moving.has(draft.posting) ? draft.posting : null,
    credits: draft.credits.filter((c) => moving.has(c)), reasons: [],
  };
  const echoes = (draft.echoes ?? []).filter((e) => moving.has(e));
  if (echoes.length > 0) {
    split.echoes = echoes;
    draft.echoes = (draft.echoes ?? []).filter((e) => !moving.has(e));
  }
  if (split.hold !== null) draft.hold = null;
  if (split.posting !== null) draft.posting = null;
  draft.credits = draft.credits.filter((c) => !moving.has(c));
  state.charges.push(split);
  const at = state.charges.length - 1;
  for (const m of members) state.chargeOf[m] = at;
  return at;
}
