/**
 * The evaluation of one part (dev or holdout): every trip run through the app's real import and
 * tracking path (run-trip.ts) and scored against its labels (score.ts), with the tallies summed
 * overall, per scenario class and per expected status, every miss in one line, and what the
 * importer made of each file (the figures the import engineer needs).
 */
import { SLIP_STATUSES } from "@/domain/status";
import { loadPart } from "./load-trips";
import { runTrip, type TripRun } from "./run-trip";
import { addTally, emptyTally, scoreTrip, type Tally, type TripScore } from "./score";
import { SCENARIO_CLASSES, type Part } from "./trip-types";

export type FileNote = {
  trip: string;
  file: string;
  format: string | null;
  layout: string | null;
  encoding: string | null;
  mapping: string;
  /** CSV: how far the importer's row numbers fall behind the file's lines (0 = exact). */
  lineDrift: number;
  refused: string[] | null;
  recordsRead: number;
  stored: { newCount: number; existingCount: number; linkedCount: number };
  skippedRows: { line: number; message: string }[];
  fileIssues: string[];
  alertsNotUnderstood: { text: string; reason: string }[];
  alertsSkipped: { text: string; kind: string }[];
};

export type PartResult = {
  part: Part;
  trips: number;
  records: number;
  overall: Tally;
  byClass: Record<string, Tally>;
  byStatus: Record<string, Tally>;
  misses: string[];
  unlabelledRecords: string[];
  files: FileNote[];
  scores: TripScore[];
};

function noteFiles(run: TripRun): FileNote[] {
  return run.imports.map((imp) => ({
    trip: run.loaded.trip.id,
    file: imp.file,
    format: imp.format,
    layout: imp.layout,
    encoding: imp.encoding,
    mapping: imp.mapping,
    lineDrift: run.locators.get(imp.file)?.lineDrift ?? 0,
    refused: imp.refused,
    recordsRead: imp.records.length,
    stored: imp.stored,
    skippedRows: imp.issues.filter((i) => i.line > 0).map((i) => ({ line: i.line, message: i.message })),
    fileIssues: imp.issues.filter((i) => i.line === 0).map((i) => i.message),
    alertsNotUnderstood: imp.notUnderstood.map((n) => ({ text: n.text, reason: n.reason })),
    alertsSkipped: imp.skipped.map((s) => ({ text: s.text, kind: s.kind })),
  }));
}

export function evaluateRuns(part: Part, runs: readonly TripRun[]): PartResult {
  const overall = emptyTally();
  const byClass: Record<string, Tally> = Object.fromEntries(SCENARIO_CLASSES.map((c) => [c, emptyTally()]));
  const byStatus: Record<string, Tally> = Object.fromEntries(SLIP_STATUSES.map((s) => [s, emptyTally()]));
  const scores = runs.map(scoreTrip);
  for (const score of scores) {
    for (const slip of score.slips) {
      addTally(overall, slip.tally);
      for (const c of slip.classes) addTally(byClass[c] ??= emptyTally(), slip.tally);
      addTally(byStatus[slip.expectedStatus] ??= emptyTally(), slip.tally);
    }
  }
  return {
    part,
    trips: runs.length,
    records: runs.reduce((n, r) => n + r.store.rows.length, 0),
    overall,
    byClass,
    byStatus,
    misses: scores.flatMap((s) => s.misses),
    unlabelledRecords: scores.flatMap((s) => s.unlabelledRecords),
    files: runs.flatMap(noteFiles),
    scores,
  };
}

export function evaluatePart(part: Part): PartResult {
  return evaluateRuns(part, loadPart(part).map(runTrip));
}
