/**
 * The noisy neighbour (issue 14): one traveller with 100 000 bank records keeps writing — pasted
 * bank alerts and new slips, each of which queues a tracking recompute — while another traveller
 * reads their slip list. Reports the reader's and the writer's latency (p50 / p99) against the
 * goals: reader p99 ≤ 300 ms, writer p99 ≤ 800 ms. Runs the production build (server.mjs) on a
 * fresh database, migrated like production; the 100 000 records go in through the real import
 * API (two 50 000-row Monzo files).
 *   npx tsx bench/noisy-neighbour.ts [sqlite|postgres|both] [seconds=30]
 * NOISY_WRITER=off measures the reader alone (the baseline); NOISY_READER=off the writer alone.
 * Needs a build (`npm start` or `npm test` makes one). Exits non-zero when a goal is missed or a
 * request fails.
 */
import autocannon from "autocannon";
import { freshDatabase, migrate, signedInUser, slipJson, startServer, type DbKind } from "./harness";

const which = (process.argv[2] ?? "both") as DbKind | "both";
const SECONDS = Number(process.argv[3] ?? 30);
const RECORDS = 100_000;
/** The writer's slips, spread over the records' 90 days (every slip joins one large cluster). */
const SLIPS = Number(process.env.NOISY_SLIPS ?? 50);
const GOALS = { reader: 300, writer: 800 };

const MERCHANTS = ["TESCO STORES 3281", "PRET A MANGER", "7-ELEVEN BANGKOK TH", "GRAB* A-7XYZ SINGAPORE SG", "STARBUCKS LONDON", "UBER *TRIP", "AMAZON MKTP UK"];

/** Monzo's export columns, `rows` card payments from `offset` on, 70 a day from 1 Sept 2026. */
function monzoCsv(offset: number, rows: number): string {
  const lines = ["Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In"];
  for (let n = offset; n < offset + rows; n++) {
    const day = new Date(Date.UTC(2026, 8, 1) + Math.floor(n / 1100) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
    const time = `${String(8 + (n % 14)).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}:00`;
    const minor = 100 + ((n * 7919) % 20_000);
    const amount = `-${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
    const name = MERCHANTS[n % MERCHANTS.length];
    lines.push(`tx_${String(n).padStart(8, "0")}noisy,${date},${time},Card payment,${name},,Groceries,${amount},GBP,${amount},GBP,,,,${name},,${amount},`);
  }
  return lines.join("\n") + "\n";
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

type Row = { db: DbKind; reader: { p50: number; p99: number; requests: number; errors: number }; writer: { p50: number; p99: number; requests: number; errors: number } };

async function benchOne(kind: DbKind): Promise<Row> {
  const database = await freshDatabase(kind);
  migrate(database.url);
  // The alert limit (60 per user per 15 minutes) is lifted: this measures the tracking path, not the limiter.
  const server = await startServer(database.url, 3410, { RATE_LIMIT_ALERTS_PER_USER: "1000000", RATE_LIMIT_ALERTS_PER_IP: "1000000" });
  try {
    const t0 = performance.now();
    const writer = await signedInUser(database.url, server.base);
    const reader = await signedInUser(database.url, server.base);
    const post = (cookie: string, path: string, body: BodyInit, type?: string) =>
      fetch(`${server.base}${path}`, { method: "POST", headers: { origin: server.base, cookie, ...(type ? { "content-type": type } : {}) }, body });
    // The writer: 100 000 records through the import API, and SLIPS slips over the same weeks.
    for (let part = 0; part < RECORDS / 50_000; part++) {
      const form = new FormData();
      form.append("file", new Blob([monzoCsv(part * 50_000, 50_000)], { type: "text/csv" }), `monzo-${part}.csv`);
      const upload = await post(writer.cookie, "/api/imports", form);
      if (upload.status !== 201) throw new Error(`import answered ${upload.status}`);
      const { import: preview } = (await upload.json()) as { import: { id: string } };
      const commit = await post(writer.cookie, `/api/imports/${preview.id}/commit`, "");
      if (commit.status !== 200) throw new Error(`commit answered ${commit.status}`);
    }
    const log = (what: string) => console.log(`[${kind}] ${what} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    log("records imported");
    for (let i = 0; i < SLIPS; i++) {
      const day = new Date(Date.UTC(2026, 8, 1) + (i % 90) * 86_400_000).toISOString().slice(0, 10);
      const body = JSON.parse(slipJson(i)) as Record<string, string>;
      await post(writer.cookie, "/api/slips", JSON.stringify({ ...body, country: "GB", city: "London", timeZone: "Europe/London", currency: "GBP", amount: "12.50", localDateTime: `${day}T12:30` }), "application/json");
    }
    // The reader: a normal list of 20 slips.
    for (let i = 0; i < 20; i++) await post(reader.cookie, "/api/slips", slipJson(i), "application/json");
    log("slips logged");
    // Let the writer's recomputes from the seeding settle before measuring.
    for (let i = 0; i < 120; i++) {
      const res = await fetch(`${server.base}/api/payments`, { headers: { cookie: writer.cookie } });
      await res.text();
      if (res.ok) break;
    }

    log("settled; measuring");
    // The writer keeps writing (2 at a time: an alert paste, then a slip) while the reader reads.
    const writes: number[] = [];
    const byKind: Record<"alert" | "slip", number[]> = { alert: [], slip: [] };
    let writeErrors = 0;
    const until = Date.now() + SECONDS * 1000;
    const writeLoop = async (lane: number) => {
      for (let n = 0; Date.now() < until; n++) {
        const day = new Date(Date.UTC(2026, 8, 1) + ((n * 7 + lane) % 90) * 86_400_000);
        const dd = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}`;
        const started = performance.now();
        const what = n % 2 === 0 ? "alert" : "slip";
        const res = what === "alert"
          ? await post(writer.cookie, "/api/alerts", JSON.stringify({ text: `Chase: A charge of $${(10 + (n % 50)).toFixed(2)} at STARBUCKS LONDON on ${dd} has been authorized.` }), "application/json")
          : await post(writer.cookie, "/api/slips", JSON.stringify({ ...(JSON.parse(slipJson(n)) as object), localDateTime: `${day.toISOString().slice(0, 10)}T09:00` }), "application/json");
        const answer = await res.text();
        const took = performance.now() - started;
        writes.push(took);
        byKind[what].push(took);
        if (!res.ok) {
          writeErrors += 1;
          console.error(`[${kind}] writer ${what} answered ${res.status}: ${answer.slice(0, 200)}`);
        }
      }
    };
    // NOISY_READER=off: the writer alone, what its writes cost without anyone else reading.
    const readRun = process.env.NOISY_READER === "off"
      ? new Promise<autocannon.Result>((resolve) => setTimeout(() => resolve({ latency: { p50: 0, p99: 0 }, requests: { total: 0 }, errors: 0, timeouts: 0, non2xx: 0 } as autocannon.Result), SECONDS * 1000))
      : new Promise<autocannon.Result>((resolve, reject) =>
        autocannon({ url: `${server.base}/api/slips`, headers: { cookie: reader.cookie }, connections: 10, duration: SECONDS }, (err, result) => (err ? reject(err) : resolve(result))),
      );
    // NOISY_WRITER=off: the reader alone on the same data, the baseline the neighbour is compared with.
    const writers = process.env.NOISY_WRITER === "off" ? [] : [writeLoop(0), writeLoop(1)];
    const [read] = await Promise.all([readRun, ...writers]);
    for (const [what, times] of Object.entries(byKind)) {
      if (times.length > 0) console.log(`[${kind}] writer ${what}s: p50 ${Math.round(percentile(times, 50))} ms, p99 ${Math.round(percentile(times, 99))} ms, ${times.length} requests`);
    }
    return {
      db: kind,
      reader: { p50: read.latency.p50, p99: read.latency.p99, requests: read.requests.total, errors: read.errors + read.timeouts + read.non2xx },
      writer: { p50: Math.round(percentile(writes, 50)), p99: Math.round(percentile(writes, 99)), requests: writes.length, errors: writeErrors },
    };
  } finally {
    await server.stop();
    await database.drop();
  }
}

const kinds: DbKind[] = which === "both" ? ["sqlite", "postgres"] : [which];
const rows: Row[] = [];
for (const kind of kinds) rows.push(await benchOne(kind));

console.log(`\nnoisy neighbour: a writer with ${RECORDS} records pasting alerts and logging slips (2 at a time) while a reader lists slips (10 connections), ${SECONDS} s, ${(await import("node:os")).cpus().length} cores\n`);
console.log("| database | reader p50 ms | reader p99 ms (goal ≤ 300) | reader requests | writer p50 ms | writer p99 ms (goal ≤ 800) | writer requests | errors |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.db} | ${r.reader.p50} | ${r.reader.p99} | ${r.reader.requests} | ${r.writer.p50} | ${r.writer.p99} | ${r.writer.requests} | ${r.reader.errors + r.writer.errors} |`);
}
const missed = rows.filter((r) => r.reader.p99 > GOALS.reader || r.writer.p99 > GOALS.writer || r.reader.errors + r.writer.errors > 0);
process.exit(missed.length > 0 ? 1 : 0);
