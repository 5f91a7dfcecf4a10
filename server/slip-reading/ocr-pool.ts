import "server-only";
/**
 * At most one OCR job per worker, one worker per core: a photo read is CPU-bound for about a
 * second, so running more at once only makes every reader slower (and memory grows by ~200 MB
 * per eng+chi_sim worker). Jobs wait in one FIFO queue and are told their place in it as it
 * moves, so the UI can say "2 photos ahead of yours". The queue has a limit: past it a read is
 * refused at once (`OcrBusyError`) instead of piling up behind minutes of work.
 */
import { availableParallelism } from "node:os";
import type { OcrPage } from "@/domain/slips/read-slip/ocr-page";
import type { OcrReader } from "./tesseract-reader";

export type OcrProgress =
  | { stage: "queued"; position: number }
  | { stage: "reading" };

export class OcrBusyError extends Error {
  constructor() {
    super("OCR queue is full");
    this.name = "OcrBusyError";
  }
}

type Job = { image: Buffer; onProgress?: (p: OcrProgress) => void; run: (reader: OcrReader) => Promise<unknown>; resolve: (result: never) => void; reject: (error: unknown) => void };

export type OcrPoolOptions = {
  createReader: () => Promise<OcrReader>;
  /** Workers (and so jobs at once); defaults to the number of cores. */
  size?: number;
  /** Jobs allowed to wait; more are refused with OcrBusyError. */
  maxQueue?: number;
};

export type OcrPool = {
  read(image: Buffer, onProgress?: (p: OcrProgress) => void): Promise<OcrPage>;
  /** A line of digits only; queued like a page (it is a short job). */
  readDigits(image: Buffer): Promise<{ text: string; confidence: number }>;
  /** Jobs waiting (not counting those being read). */
  queueLength(): number;
  close(): Promise<void>;
};

export function createOcrPool({ createReader, size = availableParallelism(), maxQueue = 16 }: OcrPoolOptions): OcrPool {
  const idle: OcrReader[] = [];
  const all: Promise<OcrReader>[] = [];
  const queue: Job[] = [];
  let busy = 0;
  let closed = false;

  const tellPositions = () => queue.forEach((job, index) => job.onProgress?.({ stage: "queued", position: index + 1 }));

  async function take(): Promise<OcrReader> {
    const ready = idle.pop();
    if (ready) return ready;
    const created = createReader();
    all.push(created);
    return created;
  }

  function pump(): void {
    while (!closed && busy < size && queue.length > 0) {
      const job = queue.shift() as Job;
      busy += 1;
      tellPositions();
      void (async () => {
        let reader: OcrReader | null = null;
        try {
          reader = await take();
          job.onProgress?.({ stage: "reading" });
          job.resolve((await job.run(reader)) as never);
        } catch (error) {
          job.reject(error);
        } finally {
          if (reader) idle.push(reader);
          busy -= 1;
          pump();
        }
      })();
    }
  }

  function enqueue<T>(image: Buffer, run: (reader: OcrReader) => Promise<T>, onProgress?: (p: OcrProgress) => void): Promise<T> {
    if (closed) return Promise.reject(new Error("OCR pool closed"));
    if (queue.length >= maxQueue) return Promise.reject(new OcrBusyError());
    return new Promise<T>((resolve, reject) => {
      queue.push({ image, onProgress, run, resolve: resolve as (result: never) => void, reject });
      onProgress?.({ stage: "queued", position: queue.length });
      pump();
    });
  }

  return {
    read: (image, onProgress) => enqueue(image, (reader) => reader.read(image), onProgress),
    readDigits: (image) => enqueue(image, (reader) => reader.readDigits(image)),
    queueLength: () => queue.length,
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("OCR pool closed"));
      const readers = await Promise.allSettled(all);
      await Promise.all(readers.map((r) => (r.status === "fulfilled" ? r.value.close() : undefined)));
    },
  };
}
