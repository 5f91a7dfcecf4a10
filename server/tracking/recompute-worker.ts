/**
 * The tracking recompute's worker thread (server/tracking/recompute-pool.ts): recomputes one
 * traveller's changed clusters off the server's event loop — loading the cluster, matching it and
 * writing what changed through its own database client — so one traveller with 100 000 records
 * never stalls anyone else's requests (issue 14, docs/performance.md "Noisy neighbour"). Bundled
 * by scripts/lib.mjs (esbuild) into the build as sliptrack-workers/recompute.mjs.
 */
import { parentPort } from "node:worker_threads";
import type { DayRange } from "@/domain/matching/tracking-clusters";
import { recomputeTracking } from "./recompute";

export type RecomputeRequest = { id: number; userId: string; today: string; ranges: DayRange[] };
export type RecomputeReply = { id: number; ok: true } | { id: number; ok: false; error: string };

parentPort?.on("message", (request: RecomputeRequest) => {
  recomputeTracking(request.userId, request.today, request.ranges).then(
    () => parentPort?.postMessage({ id: request.id, ok: true } satisfies RecomputeReply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies RecomputeReply),
  );
});
