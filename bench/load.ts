/**
 * Load from loopback with autocannon (issue 7): 50 connections for 30 s against the slip list
 * page, slip creation through the API, and — in the same run — a static, prerendered Next.js
 * route as the framework's ceiling. Prints requests/s, latency p50/p97.5/p99, errors and
 * non-2xx, and each dynamic route's throughput as a share of the static one's.
 *   npx tsx bench/load.ts [sqlite|postgres|both] [seconds=30] [connections=50]
 * Needs a build (`npm start` or `npm test` makes one).
 */
import autocannon from "autocannon";
import { freshDatabase, migrate, signedInUser, slipJson, startServer, type DbKind } from "./harness";

const which = (process.argv[2] ?? "both") as DbKind | "both";
const duration = Number(process.argv[3] ?? 30);
const connections = Number(process.argv[4] ?? 50);

type Row = { db: DbKind; route: string; rps: number; p50: number; p975: number; p99: number; errors: number; non2xx: number; total: number };

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))));
}

async function benchOne(kind: DbKind): Promise<Row[]> {
  const database = await freshDatabase(kind);
  migrate(database.url);
  const server = await startServer(database.url, 3400);
  const rows: Row[] = [];
  try {
    const { cookie } = await signedInUser(database.url, server.base);
    // A realistic list: 40 slips already logged.
    for (let i = 0; i < 40; i++) {
      await fetch(`${server.base}/api/slips`, { method: "POST", headers: { origin: server.base, cookie, "content-type": "application/json" }, body: slipJson(i) });
    }
    const targets: { route: string; opts: autocannon.Options }[] = [
      { route: "static: GET /api/openapi.json (prerendered)", opts: { url: `${server.base}/api/openapi.json` } },
      { route: "slip list: GET /en/slips", opts: { url: `${server.base}/en/slips`, headers: { cookie } } },
      { route: "slip list (JSON): GET /api/slips", opts: { url: `${server.base}/api/slips`, headers: { cookie } } },
      {
        route: "slip creation: POST /api/slips",
        opts: {
          url: `${server.base}/api/slips`,
          method: "POST",
          headers: { origin: server.base, cookie, "content-type": "application/json" },
          body: slipJson(1),
        },
      },
    ];
    for (const target of targets) {
      await run({ ...target.opts, connections: 5, duration: 3 }); // warm-up
      const result = await run({ ...target.opts, connections, duration });
      rows.push({
        db: kind,
        route: target.route,
        rps: result.requests.average,
        p50: result.latency.p50,
        p975: result.latency.p97_5,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        total: result.requests.total,
      });
    }
  } finally {
    await server.stop();
    await database.drop();
  }
  return rows;
}

const kinds: DbKind[] = which === "both" ? ["sqlite", "postgres"] : [which];
const all: Row[] = [];
for (const kind of kinds) all.push(...(await benchOne(kind)));

console.log(`\nautocannon, ${connections} connections × ${duration} s, loopback, this machine (${(await import("node:os")).cpus().length} cores)\n`);
console.log("| database | route | req/s | p50 ms | p97.5 ms | p99 ms | errors | non-2xx | share of static |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const row of all) {
  const ceiling = all.find((r) => r.db === row.db && r.route.startsWith("static"))?.rps ?? row.rps;
  console.log(`| ${row.db} | ${row.route} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p975} | ${row.p99} | ${row.errors} | ${row.non2xx} | ${((row.rps / ceiling) * 100).toFixed(0)} % |`);
}
const bad = all.filter((r) => r.errors > 0 || r.non2xx > 0);
process.exit(bad.length ? 1 : 0);
