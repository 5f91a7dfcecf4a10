/**
 * Groups issuer records into charges before any slip is looked at: a pending authorisation and
 * the posting the issuer books days later are ONE charge, even when the posted amount differs a
 * little (a tip, FX); a reversal or refund joins the charge it gives money back for. A slip
 * matched to a hold and its posting therefore counts one charge, not two — and two charges on
 * one slip really mean two debits. Holds meet their postings through THE linker (link-holds.ts),
 * the same one `linkPendingToPosted` runs at import; a posting an alert repeats (its echo) joins
 * the statement row's charge. Each record belongs to one charge.
 * See docs/matching.md.
 */
import type { AmountDayIndex } from "./amount-index";
import { attachCredits } from "./link-credits";
import { linkEchoes, linkHoldsToPostings } from "./link-holds";
import { isDebit, type PooledRecord } from "./record-pool";
import type { Reason } from "./match-types";

/**
 * Indices into the record pool; a charge's id is derived from its first member (match-state.ts).
 * Lists are replaced, never pushed into: most charges share the frozen empty lists below, which
 * spares 100 000 records two empty arrays each.
 */
export type ChargeDraft = {
  hold: number | null; posting: number | null; credits: readonly number[]; reasons: readonly Reason[];
  /** The same posting seen again in an alert or feed (link-holds.ts): part of this charge, never a second one. */
  echoes?: readonly number[];
};

export const NO_MEMBERS: readonly number[] = Object.freeze([]);
export const NO_REASONS: readonly Reason[] = Object.freeze([]);
const LINKED: readonly Reason[] = Object.freeze([{ key: "charge.holdThenPosting" }]);

/**
 * Every record with a role, grouped: linked hold+posting pairs, lone debits, credits on their
 * charge, lone credits. `chargeOf` maps a pool position to its charge's index (−1: none).
 */
export function groupCharges(pool: PooledRecord[], index: AmountDayIndex): { charges: ChargeDraft[]; chargeOf: Int32Array; isEcho: Uint8Array } {
  const charges: ChargeDraft[] = [];
  const chargeOf = new Int32Array(pool.length).fill(-1);
  const open = (draft: ChargeDraft) => charges.push(draft) - 1;
  const echoesOf = new Map<number, number[]>();
  const isEcho = new Uint8Array(pool.length);
  for (const { lead, echo } of linkEchoes(pool, index)) {
    echoesOf.set(lead, [...(echoesOf.get(lead) ?? []), echo]);
    isEcho[echo] = 1;
  }
  const withEchoes = (draft: ChargeDraft, at: number) => {
    const echoes = draft.posting === null ? undefined : echoesOf.get(draft.posting);
    if (echoes) {
      draft.echoes = echoes;
      for (const e of echoes) chargeOf[e] = at;
    }
  };
  for (const link of linkHoldsToPostings(pool, index, (p) => isEcho[p.index] === 0)) {
    const draft: ChargeDraft = { hold: link.hold, posting: link.posting, credits: NO_MEMBERS, reasons: LINKED };
    const at = open(draft);
    chargeOf[link.hold] = at;
    chargeOf[link.posting] = at;
    withEchoes(draft, at);
  }
  for (const p of pool) {
    if (!isDebit(p) || chargeOf[p.index] !== -1 || isEcho[p.index] === 1) continue;
    const draft: ChargeDraft = { hold: p.role === "hold" ? p.index : null, posting: p.role === "posting" ? p.index : null, credits: NO_MEMBERS, reasons: NO_REASONS };
    const at = open(draft);
    chargeOf[p.index] = at;
    withEchoes(draft, at);
  }
  attachCredits(pool, charges, chargeOf, index);
  for (const p of pool) {
    if (p.role === "reversal" || p.role === "refund") {
      if (chargeOf[p.index] === -1) chargeOf[p.index] = open({ hold: null, posting: null, credits: [p.index], reasons: NO_REASONS });
    }
  }
  return { charges, chargeOf, isEcho };
}
