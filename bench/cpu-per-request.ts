/**
 * Server CPU time per request (issue 13): the server process's own user+system CPU, read from
 * /proc/<pid>/stat before and after N sequential requests, divided by N. CPU time, unlike
 * requests/s, barely moves when other work shares the machine, so before/after figures from a
 * busy machine still compare. Each route is measured as a ratio to a prerendered static route
 * in the same run. Then the size curves: /en/payments and a slip write at 10, 200 and 2 000
 * slips, and at 0 and 50 000 issuer records (inserted directly, spread over the five years up to the trip).
 *   npx tsx bench/cpu-per-request.ts [sqlite|postgres] [requests=200] [--curves]
 * Needs a build (`npm start` or `npm test` makes one).
 */
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { connect } from "../prisma/factories/client";
import { freshDatabase, migrate, signedInUser, slipJson, startServer, type DbKind } from "./harness";

const kind = (process.argv[2] ?? "sqlite") as DbKind;
const requests = Number(process.argv[3] ?? 200);
const withCurves = process.argv.includes("--curves");
const TICKS_PER_MS = 100 / 1000; // USER_HZ = 100 on Linux

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS; // utime, stime
}

async function measure(pid: number, send: (i: number) => Promise<Response>, n = requests): Promise<{ cpu: number; bytes: number }> {
  for (let i = 0; i < 10; i++) await (await send(i)).arrayBuffer(); // warm-up
  const before = cpuMs(pid);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const res = await send(i);
    const body = await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`${res.status} ${new TextDecoder().decode(body).slice(0, 200)}`);
    bytes = body.byteLength;
  }
  return { cpu: (cpuMs(pid) - before) / n, bytes };
}

async function addSlips(base: string, cookie: string, count: number) {
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${base}/api/slips`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: slipJson(i) });
    if (res.status !== 201) throw new Error(`slip ${res.status}`);
  }
}

async function addRecords(url: string, userId: string, count: number) {
  const db = connect(url);
  const start = Date.UTC(2022, 0, 1); // to Dec 2026: the last weeks fall within the slips' reach
  for (let done = 0; done < count; done += 1000) {
    const data = Array.from({ length: Math.min(1000, count - done) }, (_, i) => {
      const day = new Date(start + ((done + i) % 1800) * 86_400_000).toISOString().slice(0, 10);
      return {
        userId, source: "statement", kind: "purchase", state: "posted", transactionDate: day, postingDate: day,
        billedAmountMinor: BigInt(500 + ((done + i) % 9000)), billedCurrency: "EUR", merchant: `HOME SHOP ${(done + i) % 700}`,
        cardLast4: "4242", fingerprint: randomBytes(10).toString("hex"),
      };
    });
    await db.issuerRecord.createMany({ data });
  }
  await db.$disconnect();
}

const database = await freshDatabase(kind);
migrate(database.url);
const server = await startServer(database.url, 3420);
const pid = server.process.pid!;
try {
  const { cookie } = await signedInUser(database.url, server.base);
  await addSlips(server.base, cookie, 40);
  const get = (path: string, auth = true) => () => fetch(`${server.base}${path}`, { headers: auth ? { cookie } : {} });
  const post = (i: number) => fetch(`${server.base}/api/slips`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: slipJson(1000 + i) });
  const rows: [string, { cpu: number; bytes: number }][] = [];
  rows.push(["static: GET /api/openapi.json (prerendered)", await measure(pid, get("/api/openapi.json", false))]);
  rows.push(["GET /en/slips", await measure(pid, get("/en/slips"))]);
  rows.push(["GET /en/payments", await measure(pid, get("/en/payments"))]);
  rows.push(["GET /api/slips", await measure(pid, get("/api/slips"))]);
  rows.push(["POST /api/slips", await measure(pid, post, Math.min(requests, 100))]);
  rows.push(["GET /en/diagnose (signed out)", await measure(pid, get("/en/diagnose", false))]);
  const ceiling = rows[0]![1].cpu;
  console.log(`\n${kind}: server CPU per request over ${requests} sequential requests (40 slips)`);
  console.log("| route | CPU ms/request | share of static ceiling | HTML/JSON bytes |\n|---|---|---|---|");
  for (const [route, r] of rows) console.log(`| ${route} | ${r.cpu.toFixed(2)} | ${((ceiling / r.cpu) * 100).toFixed(0)} % | ${r.bytes} |`);

  if (withCurves) {
    console.log(`\n| slips | records | GET /en/payments CPU ms | HTML KB | POST /api/slips CPU ms |\n|---|---|---|---|---|`);
    for (const [slips, records] of [[10, 0], [200, 0], [2000, 0], [2000, 50_000]] as const) {
      const traveller = await signedInUser(database.url, server.base);
      await addSlips(server.base, traveller.cookie, slips);
      if (records > 0) await addRecords(database.url, traveller.id, records);
      const page = await measure(pid, () => fetch(`${server.base}/en/payments`, { headers: { cookie: traveller.cookie } }), 50);
      const write = await measure(pid, (i) => fetch(`${server.base}/api/slips`, { method: "POST", headers: { cookie: traveller.cookie, "content-type": "application/json" }, body: slipJson(5000 + i) }), 20);
      console.log(`| ${slips} | ${records} | ${page.cpu.toFixed(2)} | ${(page.bytes / 1024).toFixed(0)} | ${write.cpu.toFixed(2)} |`);
    }
  }
} finally {
  await server.stop();
  await database.drop();
}
