/**
 * A 50 000-row statement imported END TO END through the real API, timed: a Monzo-layout CSV
 * (≈ 7.6 MB) is generated, a fresh database migrated like production, the production server
 * (server.mjs, the current build — `npm run build` or `npm start` first) started, a user signed
 * in with a real credentials sign-in, then POST /api/imports (upload → parse → stored preview)
 * and POST /api/imports/{id}/commit (all 50 000 records saved in one transaction). Prints the
 * seconds of each step and the total; the target is ≤ 10 s on the project's 2-core machine.
 *   npx tsx bench/import-50k.ts [rows]            (SQLite, a throwaway file)
 *   BENCH_DB=postgres npx tsx bench/import-50k.ts (a throwaway database on BENCH_POSTGRES_URL)
 * Exits non-zero when the import fails or takes longer than the target.
 */
import { freshDatabase, migrate, signedInUser, startServer, type DbKind } from "./harness";

const ROWS = Number(process.argv[2] ?? 50_000);
const TARGET_SECONDS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3391);
const kind: DbKind = process.env.BENCH_DB === "postgres" ? "postgres" : "sqlite";

const MERCHANTS = ["TESCO STORES 3281", "PRET A MANGER", "7-ELEVEN BANGKOK TH", "GRAB* A-7XYZ SINGAPORE SG", "STARBUCKS LONDON", "UBER *TRIP", "AMAZON MKTP UK"];

/** Monzo's export columns; distinct transaction ids make every row its own record. */
function monzoCsv(rows: number): string {
  const lines = ["Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In"];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 70) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
    const time = `${String(8 + (i % 14)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}`;
    const minor = 100 + ((i * 7919) % 20_000);
    const amount = `-${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
    const name = MERCHANTS[i % MERCHANTS.length];
    lines.push(`tx_${String(i).padStart(8, "0")}bench,${date},${time},Card payment,${name},,Groceries,${amount},GBP,${amount},GBP,,,,${name},,${amount},`);
  }
  return lines.join("\n") + "\n";
}

function seconds(from: number, to: number): string {
  return ((to - from) / 1000).toFixed(2);
}

const csv = monzoCsv(ROWS);
console.log(`${ROWS} rows, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB, ${kind}`);
const database = await freshDatabase(kind);
migrate(database.url);
const server = await startServer(database.url, PORT);
let failed = false;
try {
  const { cookie } = await signedInUser(database.url, server.base);
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), "monzo-50k.csv");

  const started = performance.now();
  const upload = await fetch(`${server.base}/api/imports`, { method: "POST", headers: { origin: server.base, cookie }, body: form });
  if (upload.status !== 201) throw new Error(`upload answered ${upload.status}: ${(await upload.text()).slice(0, 500)}`);
  const { import: preview } = (await upload.json()) as { import: { id: string; recordCount: number; skippedCount: number; layout: string } };
  const previewed = performance.now();
  const commit = await fetch(`${server.base}/api/imports/${preview.id}/commit`, { method: "POST", headers: { origin: server.base, cookie } });
  if (commit.status !== 200) throw new Error(`commit answered ${commit.status}: ${(await commit.text()).slice(0, 500)}`);
  const saved = (await commit.json()) as { newCount: number; existingCount: number };
  const committed = performance.now();

  const total = (committed - started) / 1000;
  console.log(`layout ${preview.layout}: ${preview.recordCount} records found, ${preview.skippedCount} rows skipped`);
  console.log(`upload + parse + preview  ${seconds(started, previewed)} s`);
  console.log(`commit (${saved.newCount} new, ${saved.existingCount} already there)  ${seconds(previewed, committed)} s`);
  console.log(`total ${total.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s): ${total <= TARGET_SECONDS ? "OK" : "TOO SLOW"}`);
  failed = saved.newCount !== ROWS || total > TARGET_SECONDS;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await server.stop();
  await database.drop();
}
process.exit(failed ? 1 : 0);
