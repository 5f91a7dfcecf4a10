/**
 * Rebuilds the `Charge` objects status and timeline read from what the app stores: the charge
 * ids of a slip's matches (`ChargeIds`, as `matchSlips` returned them) and the records by id.
 * A record that no longer exists (deleted import) is left out; a charge left with nothing is
 * dropped. See docs/matching.md. Pass the records as a Map when resolving many slips' charges
 * against one set (a recompute: 50 slips × 100 000 records), so it is indexed once, not per slip.
 */
import type { Charge, ChargeIds, MatchRecord } from "./match-types";

export function resolveCharges(chargeIds: readonly ChargeIds[], records: readonly MatchRecord[] | ReadonlyMap<string, MatchRecord>): Charge[] {
  const byId = recordsById(records);
  const charges: Charge[] = [];
  for (const ids of chargeIds) {
    const hold = ids.holdId ? byId.get(ids.holdId) : undefined;
    const posting = ids.postingId ? byId.get(ids.postingId) : undefined;
    const credits = ids.creditIds.map((id) => byId.get(id)).filter((r): r is MatchRecord => !!r);
    const fees = (ids.feeIds ?? []).map((id) => byId.get(id)).filter((r): r is MatchRecord => !!r);
    const echoes = (ids.echoIds ?? []).map((id) => byId.get(id)).filter((r): r is MatchRecord => !!r);
    // A charge whose statement row was deleted keeps its echo as the posting.
    const lead = posting ?? echoes[0];
    const rest = posting ? echoes : echoes.slice(1);
    if (!hold && !lead && credits.length === 0) continue;
    charges.push({
      id: ids.id, ...(hold ? { hold } : {}), ...(lead ? { posting: lead } : {}), credits, ...(fees.length > 0 ? { fees } : {}),
      ...(rest.length > 0 ? { echoes: rest } : {}),
    });
  }
  return charges;
}

export function recordsById(records: readonly MatchRecord[] | ReadonlyMap<string, MatchRecord>): ReadonlyMap<string, MatchRecord> {
  return records instanceof Map ? records : new Map((records as readonly MatchRecord[]).map((r) => [r.id, r]));
}
