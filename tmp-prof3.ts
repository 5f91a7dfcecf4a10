import { matchSlips } from "@/domain/matching";
const mod = await import("./bench/matching-gen-tmp.ts");
const data = mod.generate(100_000, 42);
for (let i = 0; i < 3; i++) matchSlips({ ...data, today: "2035-01-01" });
