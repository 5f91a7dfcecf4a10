/**
 * Hostile statement files (issue 14): for each, the time and the peak memory to refuse it, each
 * file in a fresh child process so that its peak RSS (process.resourceUsage().maxRSS) is its own.
 * The path is the importer's own: content sniffing (sniffUpload), then parseStatementFile — what
 * POST /api/imports runs before it stores anything. Goal: each refused in ≤ 1 s and ≤ 64 MB of
 * memory above the process's idle baseline.
 *   npx tsx bench/hostile.ts
 */
import { spawnSync } from "node:child_process";
import { deflateRawSync } from "node:zlib";
import { parseStatementFile, sniffUpload } from "@/domain/statements";

const encode = (text: string) => new TextEncoder().encode(text);

/** A zip whose one entry inflates 1 000 000 : 1 (a "zip bomb"), built by hand: local header + data. */
function zipBomb(): Uint8Array {
  const data = deflateRawSync(Buffer.alloc(200 * 1024 * 1024));
  const name = Buffer.from("statement.csv");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(200 * 1024 * 1024, 22);
  header.writeUInt16LE(name.length, 26);
  return new Uint8Array(Buffer.concat([header, name, data]));
}

const CASES: Record<string, { file: string; make: () => Uint8Array }> = {
  "100 000 columns (CSV)": { file: "cols.csv", make: () => { const h = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(","); return encode(`${h}\n${h}\n`); } },
  "9 MB in one cell (CSV)": { file: "cell.csv", make: () => encode("a".repeat(9 * 1024 * 1024)) },
  "200 000 rows + 1 (CSV)": { file: "rows.csv", make: () => encode("Date,Description,Amount\n" + "2026-11-03,SHOP,-1.00\n".repeat(200_101)) },
  "10^6 character references (camt.053)": { file: "refs.xml", make: () => encode(`<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>${"&#65;".repeat(1_000_000)}</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>`) },
  "billion laughs (camt.053)": { file: "laughs.xml", make: () => encode(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]><Document><x>&lol9;</x></Document>`) },
  "zip bomb (1 000 000 : 1)": { file: "bomb.csv", make: zipBomb },
};

async function runOne(name: string): Promise<void> {
  const { file, make } = CASES[name]!;
  const bytes = make();
  const baseline = process.memoryUsage().rss;
  globalThis.gc?.();
  const started = performance.now();
  const sniffed = await sniffUpload(bytes);
  const result = sniffed.refusal ? null : parseStatementFile(bytes, file);
  const ms = performance.now() - started;
  const reason = sniffed.refusal ?? result?.issues.map((i) => i.message).slice(0, 1).join(",") ?? "";
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, bytes: bytes.length, ms: Math.round(ms), reason, records: result?.records.length ?? 0, peakMb: Math.round(peakMb), baselineMb: Math.round(baseline / 1024 / 1024) }));
}

const one = process.argv.find((a) => a.startsWith("--one="))?.slice(6);
if (one) {
  await runOne(one);
} else {
  console.log("file | size | refused as | ms | peak RSS − baseline (MB)");
  let over = 0;
  for (const name of Object.keys(CASES)) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, `--one=${name}`], { encoding: "utf8" });
    const line = child.stdout.trim().split("\n").pop() ?? "";
    try {
      const r = JSON.parse(line) as { bytes: number; ms: number; reason: string; records: number; peakMb: number; baselineMb: number };
      const extra = r.peakMb - r.baselineMb;
      if (r.ms > 1000 || extra > 64 || r.records > 0) over += 1;
      console.log(`${name} | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${r.reason || "(read: " + r.records + " records)"} | ${r.ms} | ${extra}`);
    } catch {
      over += 1;
      console.log(`${name} | failed: ${child.stderr.slice(0, 300)}`);
    }
  }
  console.log(over === 0 ? "every hostile file refused within 1 s and 64 MB" : `${over} file(s) over the goal`);
  process.exitCode = over === 0 ? 0 : 1;
}
