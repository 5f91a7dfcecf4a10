/**
 * Writes the stored status moves a recompute found (inside its transaction), for the "what
 * changed" lists (status-changes.ts reads them). Moves older than 30 days go as new ones are
 * written. Kept apart from the read so the recompute's worker thread loads no page code.
 */
import "server-only";
import type { db } from "@/server/db";

type Writer = Pick<typeof db, "statusChange">;

const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export async function recordStatusMoves(tx: Writer, userId: string, moves: { userId: string; slipId: string; fromStatus: string; toStatus: string }[], now = new Date()): Promise<void> {
  await tx.statusChange.createMany({ data: moves.map((m) => ({ ...m, createdAt: now })) });
  await tx.statusChange.deleteMany({ where: { userId, createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
}
