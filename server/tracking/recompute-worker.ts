/**
 * The tracking recompute's worker thread (server/tracking/recompute-pool.ts): recomputes one
 * traveller's changed clusters off the server's event loop — loading the cluster, matching it and
 * writing what changed through its own database client — so one traveller with 100 000 records
 * never stalls anyone else's requests (issue 14, docs/performance.md "Noisy neighbour"). Bundled
 * by scripts/lib.mjs (esbuild) into the build as sliptrack-workers/recompute.mjs.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import type { DayRange } from "@/domain/matching/tracking-clusters";
import { recomputeTracking } from "./recompute";

export type RecomputeRequest = { id: number; userId: string; today: string; ranges: DayRange[] };
export type RecomputeReply = { id: number; ok: true } | { id: number; ok: false; error: string };

/**
 * This thread yields the CPU to the request thread: on Linux a thread is its own task, so
 * renicing this one (its id from /proc/thread-self) leaves the server's event loop at normal
 * priority while a large recompute runs. Elsewhere (or if refused) it runs at normal priority.
 */
export const RECOMPUTE_NICE = 10;
try {
  const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, RECOMPUTE_NICE);
} catch {
  // not Linux, or not allowed: normal priority
}

parentPort?.on("message", (request: RecomputeRequest) => {
  recomputeTracking(request.userId, request.today, request.ranges).then(
    () => parentPort?.postMessage({ id: request.id, ok: true } satisfies RecomputeReply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies RecomputeReply),
  );
});
