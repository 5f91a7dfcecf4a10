import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createOcrPool } from "./ocr-pool";
import { readSlipPhoto } from "./read-slip-photo";
import { createTesseractReader } from "./tesseract-reader";

const fixtures = path.resolve(import.meta.dirname, "../../bench/ocr-fixtures/dev/images");
const pool = createOcrPool({ size: 1, createReader: () => createTesseractReader({ languages: ["eng"] }) });
afterAll(() => pool.close());

describe("readSlipPhoto (real OCR, English data only to stay fast)", () => {
  it("reads amount, currency, date and last 4 from a phone photo of a US slip", async () => {
    const progress: string[] = [];
    const reading = await readSlipPhoto(readFileSync(path.join(fixtures, "us-verifone-1-photo.jpg")), {
      now: new Date("2026-01-01T00:00:00Z"),
      onProgress: (p) => progress.push(p.stage),
    }, pool);
    expect(reading.fields.amount?.value).toBe("134.11");
    expect(reading.fields.currency?.value).toBe("USD");
    expect(reading.fields.localDateTime?.value).toBe("2025-06-11T05:45");
    expect(reading.fields.cardLast4?.value).toBe("6323");
    expect(reading.fields.cardLast4?.reason).toMatch(/second pass/);
    expect(reading.outcome?.value).toBe("offlineApproved");
    expect(progress).toEqual(expect.arrayContaining(["preparing", "queued", "reading"]));
    expect(JSON.stringify(reading)).not.toMatch(/CARDHOLDER COPY/);
  }, 60_000);
});

describe("createOcrPool", () => {
  it("runs one job per worker and tells waiting jobs their place in the queue", async () => {
    let running = 0, most = 0;
    const slow = createOcrPool({
      size: 1,
      createReader: async () => ({
        async read() { running += 1; most = Math.max(most, running); await new Promise((r) => setTimeout(r, 20)); running -= 1; return { lines: [] }; },
        async readDigits() { return { text: "", confidence: 0 }; },
        async close() {},
      }),
    });
    const positions: number[] = [];
    await Promise.all([0, 1, 2].map((i) => slow.read(Buffer.from([i]), (p) => { if (i === 2 && p.stage === "queued") positions.push(p.position); })));
    expect(most).toBe(1);
    expect(positions[0]).toBeGreaterThan(1);
    expect(positions.at(-1)).toBe(1);
    await slow.close();
  });

  it("refuses at once when the queue is full instead of piling up", async () => {
    const stuck = createOcrPool({ size: 1, maxQueue: 1, createReader: async () => ({ read: () => new Promise(() => {}), readDigits: () => new Promise(() => {}), async close() {} }) });
    void stuck.read(Buffer.from([1]));
    await new Promise((r) => setTimeout(r, 5));
    void stuck.read(Buffer.from([2])).catch(() => undefined);
    await expect(stuck.read(Buffer.from([3]))).rejects.toThrow("OCR queue is full");
    void stuck.close();
  });
});
