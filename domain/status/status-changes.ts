/**
 * "What changed" after an import, an alert paste or a feed event: the stored status moves of
 * the traveller's slips since a moment, one line per slip — from where it stood first to where
 * it stands now. A slip that moved and came back (pending → posted → pending) changed nothing
 * and is left out. Pure; the rows come from server/tracking/status-changes.ts, oldest first.
 */
import { SLIP_STATUSES, type SlipStatus } from "./status-types";

export type StatusMove = { slipId: string; fromStatus: string; toStatus: string; at: Date };
export type SlipStatusChange = { slipId: string; from: SlipStatus; to: SlipStatus; at: Date };

const isStatus = (value: string): value is SlipStatus => (SLIP_STATUSES as readonly string[]).includes(value);

/** One change per slip, the latest first; unknown status names (an older release's) are skipped. */
export function summariseStatusMoves(moves: readonly StatusMove[]): SlipStatusChange[] {
  const bySlip = new Map<string, { from: string; to: string; at: Date }>();
  for (const move of [...moves].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const seen = bySlip.get(move.slipId);
    if (seen) {
      seen.to = move.toStatus;
      seen.at = move.at;
    } else bySlip.set(move.slipId, { from: move.fromStatus, to: move.toStatus, at: move.at });
  }
  const changes: SlipStatusChange[] = [];
  for (const [slipId, { from, to, at }] of bySlip) {
    if (from !== to && isStatus(from) && isStatus(to)) changes.push({ slipId, from, to, at });
  }
  return changes.sort((a, b) => b.at.getTime() - a.at.getTime() || a.slipId.localeCompare(b.slipId));
}
