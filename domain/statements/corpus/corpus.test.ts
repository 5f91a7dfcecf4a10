import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the corpus test reads the real files' bytes from disk; parsers take bytes
import { readdirSync, readFileSync } from "node:fs";
import { scoreCorpusFile, type ExpectedFile, type FileScore } from "./score-corpus";

// The hold-out part is scored once, by the lead: CORPUS_PART=holdout npx vitest run domain/statements/corpus
// eslint-disable-next-line no-restricted-globals -- a test switch, not app configuration
const PART = process.env.CORPUS_PART === "holdout" ? "holdout" : "dev";
const folder = new URL(`./${PART}/`, import.meta.url);
const { files } = JSON.parse(readFileSync(new URL("expected.json", folder), "utf8")) as { files: Record<string, ExpectedFile> };

function scoreAll(): FileScore[] {
  return Object.entries(files).map(([name, expected]) => scoreCorpusFile(name, new Uint8Array(readFileSync(new URL(name, folder))), expected));
}

describe(`import corpus (${PART})`, () => {
  it("reads the real files: ≥ 95 % fully with the right values, no row lost silently, every refusal with a reason", () => {
    expect(readdirSync(folder).filter((f) => f !== "expected.json" && f !== "SOURCES.md").sort()).toEqual(Object.keys(files).sort());
    const scores = scoreAll();
    const count = (outcome: string) => scores.filter((s) => s.outcome === outcome).length;
    const byFormat = new Map<string, FileScore[]>();
    for (const s of scores) byFormat.set(files[s.file]?.format ?? "?", [...(byFormat.get(files[s.file]?.format ?? "?") ?? []), s]);
    const lines = [...byFormat].map(([format, list]) => `  ${format}: ${list.filter((s) => s.outcome === "full").length}/${list.length} full`);
    const problems = scores.filter((s) => s.outcome !== "full" || s.silentLoss).map((s) => `  ${s.outcome}${s.silentLoss ? " (silent loss)" : ""} ${s.file}: ${s.found}/${s.expected} ${s.detail}`);
    console.info([
      `corpus ${PART}: ${scores.length} files — full ${count("full")}, partial ${count("partial")}, refused ${count("refused")}, wrong ${count("wrong")}; silent loss ${scores.filter((s) => s.silentLoss).length}`,
      ...lines, ...problems,
    ].join("\n"));
    expect(scores.filter((s) => s.silentLoss).map((s) => s.file)).toEqual([]);
    expect(scores.filter((s) => s.outcome === "refused" && /no reason/.test(s.detail)).map((s) => s.file)).toEqual([]);
    expect(count("full") / scores.length).toBeGreaterThanOrEqual(0.95);
  });
});
