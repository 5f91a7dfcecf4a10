/**
 * The evaluation as text (a Markdown table, so docs/evaluation.md can hold it as printed) and as
 * the JSON written with --write. Percentages keep one decimal; the counts are printed beside them.
 */
import type { PartResult } from "./evaluate";
import type { Tally } from "./score";

const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`);
const cell = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`;

function row(name: string, t: Tally): string {
  return `| ${name} | ${t.slips} | ${cell(t.correctLinks, t.predictedLinks)} | ${cell(t.correctLinks, t.labelledLinks)} | ${cell(t.statusCorrect, t.slips)} |`;
}

export function formatTable(result: PartResult): string {
  const head = ["| | slips | link precision | link recall | status accuracy |", "|---|---:|---:|---:|---:|"];
  const lines = [`Part ${result.part}: ${result.trips} trips, ${result.overall.slips} slips, ${result.records} stored records`, "", ...head, row("**all**", result.overall)];
  lines.push("", "By scenario class", "", ...head);
  for (const [name, t] of Object.entries(result.byClass)) if (t.slips > 0) lines.push(row(name, t));
  lines.push("", "By expected status", "", ...head);
  for (const [name, t] of Object.entries(result.byStatus)) if (t.slips > 0) lines.push(row(name, t));
  return lines.join("\n");
}

export function formatMisses(result: PartResult): string {
  const lines = [`Misses (${result.misses.length})`, ...result.misses.map((m) => `- ${m}`)];
  if (result.unlabelledRecords.length > 0) lines.push("", `Stored records no label names (${result.unlabelledRecords.length})`, ...result.unlabelledRecords.map((m) => `- ${m}`));
  return lines.join("\n");
}

export function formatImportNotes(result: PartResult): string {
  const lines = ["What the importer made of each file"];
  for (const f of result.files) {
    const problems = [
      f.refused ? `refused: ${f.refused.join(", ")}` : "",
      f.fileIssues.length ? `file: ${[...new Set(f.fileIssues)].join(", ")}` : "",
      f.skippedRows.length ? `${f.skippedRows.length} rows skipped (${[...new Set(f.skippedRows.map((r) => r.message))].join(", ")})` : "",
      f.alertsNotUnderstood.length ? `${f.alertsNotUnderstood.length} alerts not understood (${[...new Set(f.alertsNotUnderstood.map((a) => a.reason))].join(", ")})` : "",
      f.alertsSkipped.length ? `${f.alertsSkipped.length} alerts skipped` : "",
      f.lineDrift ? `row numbers up to ${f.lineDrift} line(s) behind the file` : "",
    ].filter(Boolean).join("; ");
    lines.push(`- ${f.trip}/${f.file}: ${f.format ?? "?"}${f.layout ? ` ${f.layout}` : ""}${f.encoding ? ` ${f.encoding}` : ""}${f.mapping !== "none" ? ` mapping:${f.mapping}` : ""} — ${f.recordsRead} read, ${f.stored.newCount} new, ${f.stored.existingCount} already stored, ${f.stored.linkedCount} hold links${problems ? `; ${problems}` : ""}`);
  }
  return lines.join("\n");
}

/** The JSON of results-<part>.json: figures, misses and import notes, no engine internals. */
export function toResultsJson(result: PartResult) {
  return {
    part: result.part,
    trips: result.trips,
    slips: result.overall.slips,
    storedRecords: result.records,
    overall: result.overall,
    byClass: Object.fromEntries(Object.entries(result.byClass).filter(([, t]) => t.slips > 0)),
    byStatus: Object.fromEntries(Object.entries(result.byStatus).filter(([, t]) => t.slips > 0)),
    misses: result.misses,
    unlabelledRecords: result.unlabelledRecords,
    files: result.files,
    slipResults: result.scores.flatMap((s) => s.slips.map((slip) => ({ trip: s.trip, ...slip }))),
  };
}
