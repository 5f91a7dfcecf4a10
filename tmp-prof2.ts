import { poolRecords } from "@/domain/matching/record-pool";
import { groupCharges } from "@/domain/matching/group-charges";
const mod = await import("./bench/matching-gen-tmp.ts");
const data = mod.generate(100_000, 42);
const pool = poolRecords(data.records);
groupCharges(pool);
