/**
 * Where a tracking recompute runs. In the production server: in one worker thread
 * (recompute-worker.ts, bundled into the build by scripts/build-workers.mjs) with its own database
 * client, so matching a cluster of 100 000 records — seconds of CPU — never holds up the event
 * loop that answers everyone else's requests (issue 14, docs/performance.md "Noisy neighbour").
 * Elsewhere (tests, scripts, `next dev`, or TRACKING_WORKER=off, or a build without the bundle):
 * inline, the same function. A worker that dies fails the runs it had (their changes stay queued
 * for the next run or the sweeper) and is started again on the next call.
 */
import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { DayRange } from "@/domain/matching/tracking-clusters";
import { env } from "@/env";
import { logger } from "@/server/logger";
import { recomputeTracking } from "./recompute";
import type { RecomputeReply, RecomputeRequest } from "./recompute-worker";

export type RecomputeRunner = { run(userId: string, today: string, ranges: DayRange[]): Promise<void>; close(): Promise<void> };

/** A runner over one worker thread loaded from `file`. */
export function createWorkerRunner(file: string): RecomputeRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = () => {
    const w = new Worker(file);
    w.unref();
    w.on("message", (reply: RecomputeReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve();
      else waiting.reject(new Error(reply.error));
    });
    w.on("error", (error) => {
      logger.error({ err: error }, "tracking worker failed");
      failAll(error);
    });
    w.on("exit", (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`tracking worker exited (${code})`));
    });
    return w;
  };

  return {
    run(userId, today, ranges) {
      worker ??= start();
      const id = nextId++;
      const request: RecomputeRequest = { id, userId, today, ranges };
      return new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage(request);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

const inline: RecomputeRunner = {
  run: async (userId, today, ranges) => {
    await recomputeTracking(userId, today, ranges);
  },
  close: async () => undefined,
};

const WORKER_FILE = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next", "sliptrack-workers", "recompute.mjs");

let runner: RecomputeRunner | null = null;

/** The process's runner: the worker thread in the production server, inline otherwise. */
export function recomputeRunner(): RecomputeRunner {
  if (runner) return runner;
  const useWorker = env.NODE_ENV === "production" && env.TRACKING_WORKER !== "off" && existsSync(WORKER_FILE);
  runner = useWorker ? createWorkerRunner(WORKER_FILE) : inline;
  return runner;
}
