import { poolRecords } from "@/domain/matching/record-pool";
import { groupCharges } from "@/domain/matching/group-charges";
import { matchSlips } from "@/domain/matching";
// reuse bench generator by importing file text? simpler: copy minimal: run bench generate through dynamic import hack
const mod = await import("./bench/matching-gen-tmp.ts");
const data = mod.generate(100_000, 42);
console.log(data.records.length, data.slips.length);
for (let i = 0; i < 2; i++) {
let t = performance.now();
const pool = poolRecords(data.records); console.log("pool", (performance.now() - t).toFixed(0)); t = performance.now();
groupCharges(pool); console.log("group", (performance.now() - t).toFixed(0)); t = performance.now();
matchSlips({ ...data, today: "2035-01-01" }); console.log("all", (performance.now() - t).toFixed(0));
}
