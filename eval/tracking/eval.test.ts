/**
 * Checks that the tracking evaluation measures what it says (docs/evaluation.md) — not how well
 * the engine does: accuracy thresholds belong to the engine's own work on issue 10. It runs the
 * dev part only. The hold-out part is checked on its raw files alone (its keys name something in
 * the bytes); no importer or engine output of it is looked at.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mappingFromForm } from "@/server/imports/mapping-form";
import { evaluateRuns, type PartResult } from "./harness/evaluate";
import { EVAL_ROOT, loadPart } from "./harness/load-trips";
import { csvLineNumbers } from "./harness/locate-records";
import { readSlip, runTrip, type TripRun } from "./harness/run-trip";
import { resolveKey } from "./harness/score";
import { PARTS, SCENARIO_CLASSES, type LoadedTrip, type RecordKey } from "./harness/trip-types";

const STATUSES = ["awaiting", "pending", "posted", "duplicate", "reversed", "refunded", "unmatched_stale"];

function labelledKeys(loaded: LoadedTrip): RecordKey[] {
  return [...loaded.labels.slips.flatMap((s) => s.records), ...loaded.labels.otherRecords];
}

describe("the labelled set", () => {
  const parts = Object.fromEntries(PARTS.map((part) => [part, loadPart(part)]));

  it("has at least 24 trips, two thirds of them in dev, each labelled before any run", () => {
    const dev = parts.dev!.length;
    const holdout = parts.holdout!.length;
    expect(dev + holdout).toBeGreaterThanOrEqual(24);
    expect(Math.abs(dev - 2 * holdout)).toBeLessThanOrEqual(1);
    for (const loaded of [...parts.dev!, ...parts.holdout!]) expect(loaded.labels.labelledBeforeAnyRun).toBe(true);
  });

  it("labels every slip once, with a known status and known classes, and names only the trip's files", () => {
    for (const loaded of [...parts.dev!, ...parts.holdout!]) {
      expect(loaded.labels.slips.map((s) => s.slip)).toEqual(loaded.trip.slips.map((s) => s.id));
      for (const slip of loaded.labels.slips) {
        expect(STATUSES).toContain(slip.expectedStatus);
        for (const c of slip.classes) expect(SCENARIO_CLASSES).toContain(c);
      }
      const files = new Set(loaded.trip.files.map((f) => f.name));
      for (const key of labelledKeys(loaded)) expect(files).toContain(key.file);
    }
  });

  it("spreads every scenario class over both parts", () => {
    for (const c of SCENARIO_CLASSES) {
      for (const part of PARTS) expect(parts[part]!.some((t) => t.labels.slips.some((s) => s.classes.includes(c))), `${c} in ${part}`).toBe(true);
    }
  });

  it("names, in the hold-out part too, only records that exist in the raw files", () => {
    // Raw bytes only: FITIDs and camt references are in the text, alert numbers within the paste,
    // CSV lines start a row. Nothing here runs an importer.
    for (const loaded of [...parts.dev!, ...parts.holdout!]) {
      for (const key of labelledKeys(loaded)) {
        const raw = Buffer.from(loaded.bytes.get(key.file)!).toString("latin1");
        const where = `${loaded.trip.id} ${JSON.stringify(key)}`;
        if (key.fitid) expect(raw.includes(`<FITID>${key.fitid}`), where).toBe(true);
        else if (key.ref) expect(raw.includes(`<AcctSvcrRef>${key.ref}</AcctSvcrRef>`), where).toBe(true);
        else if (key.alert) {
          const file = loaded.trip.files.find((f) => f.name === key.file)!;
          const text = Buffer.from(loaded.bytes.get(key.file)!).toString("utf8");
          const count = file.messages === "line" ? text.split("\n").filter((l) => l.trim()).length : text.split(/\n\s*\n/).filter((b) => b.trim()).length;
          expect(key.alert, where).toBeLessThanOrEqual(count);
        } else {
          const starts = new Set(csvLineNumbers(raw, ",").map((l) => l.trueLine));
          expect(starts.has(key.line!), where).toBe(true);
        }
      }
    }
  });

  it("keeps each file's public model in SOURCES.md", () => {
    for (const loaded of [...parts.dev!, ...parts.holdout!]) {
      const sources = readFileSync(path.join(loaded.dir, "SOURCES.md"), "utf8");
      for (const file of loaded.trip.files) expect(sources, `${loaded.trip.id} ${file.name}`).toContain(file.name);
    }
    expect(EVAL_ROOT.endsWith(path.join("eval", "tracking"))).toBe(true);
  });
});

describe("the harness on the dev part", () => {
  let runs: TripRun[];
  let result: PartResult;
  beforeAll(() => {
    runs = loadPart("dev").map(runTrip);
    result = evaluateRuns("dev", runs);
  });

  it("logs every slip through the slip form's own schema, with the amount the label set declares", () => {
    for (const run of runs) {
      for (const slip of run.loaded.trip.slips) {
        const read = readSlip(slip, run.loaded.trip.today);
        expect(read.ok, `${run.loaded.trip.id} ${slip.id} ${read.ok ? "" : read.errors.join("; ")}`).toBe(true);
        if (read.ok) expect(read.input.amountMinor).toBe(slip.amountMinor);
      }
    }
  });

  it("uses only mappings the app's mapping form accepts", () => {
    for (const run of runs) {
      for (const [file, values] of run.loaded.mappings) {
        const form = new FormData();
        for (const [name, value] of Object.entries(values)) form.append(name, value);
        expect(mappingFromForm(form).ok, `${run.loaded.trip.id} ${file}`).toBe(true);
      }
    }
  });

  it("resolves every labelled key to exactly one stored record unless the importer said why it read nothing there", () => {
    for (const run of runs) {
      for (const key of labelledKeys(run.loaded)) {
        const resolved = resolveKey(run, key);
        const where = `${run.loaded.trip.id} ${JSON.stringify(key)}`;
        if (resolved.storedIds.length === 1) continue;
        expect(resolved.storedIds, where).toHaveLength(0);
        expect(resolved.reason, where).toMatch(/row skipped|alert not understood|alert skipped|file refused|header row/);
      }
    }
  });

  it("leaves no stored record unnamed by the labels", () => {
    expect(result.unlabelledRecords).toEqual([]);
  });

  it("adds up: the overall tally is the sum of the slips', and per status too", () => {
    const slips = result.scores.flatMap((s) => s.slips);
    expect(result.overall.slips).toBe(runs.reduce((n, r) => n + r.loaded.trip.slips.length, 0));
    for (const field of ["statusCorrect", "predictedLinks", "correctLinks", "labelledLinks"] as const) {
      expect(result.overall[field]).toBe(slips.reduce((n, s) => n + s.tally[field], 0));
      expect(Object.values(result.byStatus).reduce((n, t) => n + t[field], 0)).toBe(result.overall[field]);
    }
    for (const s of slips) {
      expect(s.tally.correctLinks).toBeLessThanOrEqual(s.tally.predictedLinks);
      expect(s.tally.correctLinks).toBeLessThanOrEqual(s.tally.labelledLinks);
    }
    for (const t of Object.values(result.byClass)) expect(t.slips).toBeLessThanOrEqual(result.overall.slips);
  });

  it("counts as predicted exactly the engine's distinct links of each slip", () => {
    for (const [index, run] of runs.entries()) {
      const distinct = new Set(run.matches.map((m) => `${m.slipId} ${m.recordId}`)).size;
      expect(result.scores[index]!.slips.reduce((n, s) => n + s.tally.predictedLinks, 0)).toBe(distinct);
    }
  });

  it("lists one line per missed or false link and per wrong status", () => {
    const slips = result.scores.flatMap((s) => s.slips);
    const wrongStatus = slips.filter((s) => s.actualStatus !== s.expectedStatus).length;
    expect(result.misses.filter((m) => / status /.test(m))).toHaveLength(wrongStatus);
    const falseLinks = result.misses.filter((m) => m.includes(": false link")).length;
    const missedLinks = result.misses.filter((m) => m.includes(": missed link")).length;
    expect(falseLinks).toBeLessThanOrEqual(result.overall.predictedLinks - result.overall.correctLinks);
    expect(falseLinks > 0).toBe(result.overall.predictedLinks > result.overall.correctLinks);
    expect(missedLinks).toBeLessThanOrEqual(result.overall.labelledLinks - result.overall.correctLinks);
    expect(missedLinks > 0).toBe(result.overall.labelledLinks > result.overall.correctLinks);
  });
});
