/**
 * Accuracy of `diagnose` on the golden set written from real travellers' accounts and help pages
 * (domain/diagnosis/golden/SOURCES.md): top-1 and top-2 of the expected cause, overall and by UI
 * language, by screen-text language and for cases without screen text, plus the misses.
 *   npx tsx bench/diagnosis-golden.ts            # the dev part
 *   npx tsx bench/diagnosis-golden.ts --holdout  # the hold-out part: the lead runs it ONCE, at the end
 * Prints a table; exits 0 (the thresholds live in real-golden.test.ts, dev part only).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnose } from "@/domain/diagnosis";

type RealCase = { id: string; lang: string; screenText: string; screenLang: string | null; story: string; answers: Record<string, string>; expected: string };

const part = process.argv.includes("--holdout") ? "holdout" : "dev";
const file = join(import.meta.dirname, "..", "domain", "diagnosis", "golden", `real-cases.${part}.json`);
const cases = JSON.parse(readFileSync(file, "utf8")) as RealCase[];

type Tally = { n: number; top1: number; top2: number };
const groups = new Map<string, Tally>();
const bump = (key: string, t1: boolean, t2: boolean) => {
  const g = groups.get(key) ?? { n: 0, top1: 0, top2: 0 };
  g.n++;
  if (t1) g.top1++;
  if (t2) g.top2++;
  groups.set(key, g);
};
const misses: string[] = [];
for (const c of cases) {
  const ids = diagnose({ screenText: c.screenText, story: c.story, answers: c.answers as never }).causes.map((cause) => cause.id);
  const t1 = ids[0] === c.expected;
  const t2 = ids.slice(0, 2).includes(c.expected as never);
  bump("all", t1, t2);
  bump(`UI ${c.lang}`, t1, t2);
  bump(!c.screenText ? "no screen text" : c.screenLang === "en" || c.screenLang === "zh" ? `screen ${c.screenLang}` : "screen in another destination language", t1, t2);
  if (!t1) misses.push(`${t2 ? "2nd" : "   "} ${c.id}: expected ${c.expected}, got ${ids.slice(0, 3).join(", ")}`);
}
const pct = (a: number, n: number) => `${a} (${Math.round((100 * a) / n)} %)`;
console.log(`golden (${part}), ${cases.length} cases`);
console.log("| group | n | top-1 | top-2 |\n|---|---|---|---|");
for (const [key, g] of groups) console.log(`| ${key} | ${g.n} | ${pct(g.top1, g.n)} | ${pct(g.top2, g.n)} |`);
if (part === "dev") console.log(`\nmisses (top-1):\n${misses.join("\n")}`);
