/**
 * Scores one trip's run against its labels. A link is a pair (slip, stored issuer record); fee
 * lines count as links too. A labelled key resolves to the stored record(s) the app kept for it —
 * two keys of the same purchase in overlapping exports may resolve to one stored record (the
 * fingerprint de-duplication), which is then one pair. A key the importer could not read is a
 * missed link ("not imported"). Records declared equivalent (identical rows of twin slips) are
 * counted as one class, so either twin may take either row. Status accuracy compares
 * deriveSlipStatus with the label. Every slip's counts are added to the overall tally, to each of
 * its classes and to its expected status.
 */
import { describeKey, type LabelRole, type RecordKey, type ScenarioClass } from "./trip-types";
import { selectRecords } from "./locate-records";
import type { TripRun } from "./run-trip";
import type { SlipStatus } from "@/domain/status";

export type Tally = { slips: number; statusCorrect: number; predictedLinks: number; correctLinks: number; labelledLinks: number };
export const emptyTally = (): Tally => ({ slips: 0, statusCorrect: 0, predictedLinks: 0, correctLinks: 0, labelledLinks: 0 });

export function addTally(into: Tally, add: Tally): void {
  into.slips += add.slips;
  into.statusCorrect += add.statusCorrect;
  into.predictedLinks += add.predictedLinks;
  into.correctLinks += add.correctLinks;
  into.labelledLinks += add.labelledLinks;
}

export type KeyResolution = { key: RecordKey; storedIds: string[]; reason: string | null };

export type SlipScore = {
  slip: string;
  classes: ScenarioClass[];
  expectedStatus: SlipStatus;
  actualStatus: SlipStatus | "slipRefused";
  tally: Tally;
};

export type TripScore = {
  trip: string;
  slips: SlipScore[];
  /** One line per miss: missed link, false link, wrong status. */
  misses: string[];
  /** Labelled keys and what they resolved to. */
  resolutions: KeyResolution[];
  /** Stored records no label names (an importer reading something that is not a transaction). */
  unlabelledRecords: string[];
};

class UnionFind {
  private parent = new Map<string, string>();
  find(id: string): string {
    const p = this.parent.get(id);
    if (p === undefined || p === id) return id;
    const root = this.find(p);
    this.parent.set(id, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function messageText(run: TripRun, key: RecordKey, lines: readonly number[]): string {
  const text = Buffer.from(run.loaded.bytes.get(key.file) ?? new Uint8Array()).toString("utf8").split(/\r\n|\n|\r/);
  return lines.map((l) => (text[l - 1] ?? "").trim()).join("\n");
}

/** Why a key has no stored record, in the importer's own words where it gave any. */
function explainMissing(run: TripRun, key: RecordKey, lines: readonly number[]): string {
  const imp = run.imports.find((i) => i.file === key.file);
  if (!imp) return "file not in the trip";
  const rowIssue = imp.issues.find((i) => i.line > 0 && lines.includes(i.line));
  const refused = imp.refused ? `; nothing of the file saved (${imp.refused.join(", ")})` : "";
  if (rowIssue) return `not imported: row skipped (${rowIssue.message})${refused}`;
  if (imp.refused) return `not imported: file refused (${imp.refused.join(", ")})`;
  if (lines.length === 0) return "not imported: the key names nothing in the file";
  if (imp.kind === "alerts") {
    const text = messageText(run, key, lines);
    const missed = imp.notUnderstood.find((n) => text.includes(n.text) || n.text.includes(text));
    if (missed) return `not imported: alert not understood (${missed.reason})`;
    const skipped = imp.skipped.find((n) => text.includes(n.text) || n.text.includes(text));
    if (skipped) return `not imported: alert skipped as ${skipped.kind}`;
    return "not imported: no record read from this message";
  }
  const onLine = imp.records.filter((r) => r.references.row !== undefined && lines.includes(r.references.row));
  if (onLine.length > 0) return `not imported: the line gave ${onLine.map((r) => r.kind).join(" + ")} only`;
  const firstRead = Math.min(...imp.records.map((r) => r.references.row ?? Infinity), ...imp.issues.filter((i) => i.line > 0).map((i) => i.line));
  if (imp.format === "csv" && imp.records.length > 0 && lines.every((l) => l < firstRead)) return "not imported: taken as the file's header row (no issue reported)";
  return "not imported: no record read from this line";
}

export function resolveKey(run: TripRun, key: RecordKey): KeyResolution {
  const locator = run.locators.get(key.file);
  const imp = run.imports.find((i) => i.file === key.file);
  if (!locator || !imp) return { key, storedIds: [], reason: "file not in the trip" };
  const lines = locator.linesOf(key);
  const records = selectRecords(key, locator, imp.records);
  const storedIds = [...new Set(records.map((r) => run.store.idOfFingerprint(r.fingerprint)).filter((id): id is string => id !== undefined))];
  return { key, storedIds, reason: storedIds.length > 0 ? null : explainMissing(run, key, lines) };
}

export function scoreTrip(run: TripRun): TripScore {
  const { labels, trip } = run.loaded;
  const resolutions: KeyResolution[] = [];
  const resolve = (key: RecordKey) => {
    const r = resolveKey(run, key);
    resolutions.push(r);
    return r;
  };
  const uf = new UnionFind();
  for (const group of labels.equivalentRecords ?? []) {
    const ids = group.flatMap((key) => resolveKey(run, key).storedIds);
    for (const id of ids.slice(1)) uf.union(ids[0]!, id);
  }
  // Who each stored record belongs to, for describing false links.
  const owner = new Map<string, string>();
  const keyOfId = new Map<string, RecordKey>();
  const slipKeys = labels.slips.map((s) => ({ label: s, resolved: s.records.map((rec) => ({ role: rec.role as LabelRole, res: resolve(rec) })) }));
  for (const { label, resolved } of slipKeys) for (const { res } of resolved) for (const id of res.storedIds) { owner.set(id, `labelled for ${label.slip}`); keyOfId.set(id, res.key); }
  for (const other of labels.otherRecords) for (const id of resolve(other).storedIds) { if (!owner.has(id)) owner.set(id, `labelled as other: ${other.what}`); keyOfId.set(id, other); }
  const keyText = (id: string) => {
    const key = keyOfId.get(id);
    if (key) return describeKey(key);
    const row = run.store.rows.find((r) => r.id === id);
    return `${id} (${row?.merchant ?? "?"} ${row?.billedAmountMinor ?? ""} ${row?.billedCurrency ?? ""})`;
  };

  const predictedBySlip = new Map<string, string[]>();
  for (const m of run.matches) {
    const list = predictedBySlip.get(m.slipId) ?? [];
    if (!list.includes(m.recordId)) list.push(m.recordId);
    predictedBySlip.set(m.slipId, list);
  }
  const linkedTo = new Map<string, string>();
  for (const m of run.matches) linkedTo.set(uf.find(m.recordId), m.slipId);

  const misses: string[] = [];
  const slips: SlipScore[] = slipKeys.map(({ label, resolved }) => {
    const run_ = run.slips.find((s) => s.id === label.slip);
    const actualStatus = run_?.ok ? run_.status.status : "slipRefused";
    const labelled = new Map<string, { count: number; id: string; role: LabelRole }>();
    const seen = new Set<string>();
    let unresolved = 0;
    for (const { role, res } of resolved) {
      if (res.storedIds.length === 0) {
        unresolved += 1;
        misses.push(`${trip.id} ${label.slip}: missed link ${describeKey(res.key)} (${role}) — ${res.reason}`);
        continue;
      }
      for (const id of res.storedIds) {
        if (seen.has(id)) continue;
        seen.add(id);
        const c = uf.find(id);
        const entry = labelled.get(c) ?? { count: 0, id, role };
        entry.count += 1;
        labelled.set(c, entry);
      }
    }
    const predicted = new Map<string, { count: number; id: string }>();
    for (const id of predictedBySlip.get(label.slip) ?? []) {
      const c = uf.find(id);
      const entry = predicted.get(c) ?? { count: 0, id };
      entry.count += 1;
      predicted.set(c, entry);
    }
    let correct = 0;
    for (const [c, p] of predicted) {
      const l = labelled.get(c)?.count ?? 0;
      correct += Math.min(l, p.count);
      if (p.count > l) misses.push(`${trip.id} ${label.slip}: false link → ${keyText(p.id)} (${owner.get(p.id) ?? "in no label"})`);
    }
    for (const [c, l] of labelled) {
      const p = predicted.get(c)?.count ?? 0;
      if (l.count > p) {
        const other = linkedTo.get(c);
        misses.push(`${trip.id} ${label.slip}: missed link ${keyText(l.id)} (${l.role}) — ${other && other !== label.slip ? `linked to ${other}` : "imported, not linked"}`);
      }
    }
    const labelledLinks = [...labelled.values()].reduce((n, l) => n + l.count, 0) + unresolved;
    const predictedLinks = [...predicted.values()].reduce((n, p) => n + p.count, 0);
    const statusCorrect = actualStatus === label.expectedStatus ? 1 : 0;
    if (!statusCorrect) {
      const why = run_ && !run_.ok ? ` (slip form refused: ${run_.errors.join("; ")})` : "";
      misses.push(`${trip.id} ${label.slip}: status ${actualStatus}, expected ${label.expectedStatus}${why}`);
    }
    return {
      slip: label.slip, classes: label.classes, expectedStatus: label.expectedStatus, actualStatus,
      tally: { slips: 1, statusCorrect, predictedLinks, correctLinks: correct, labelledLinks },
    };
  });
  // Matches to slips that have no label would be a harness error; they count as false links above only for labelled slips.
  const labelledIds = new Set(resolutions.flatMap((r) => r.storedIds));
  const unlabelledRecords = run.store.rows.filter((row) => !labelledIds.has(row.id))
    .map((row) => `${trip.id}: unlabelled record ${row.id} ${row.kind}/${row.state} ${row.transactionDate} ${row.billedAmountMinor} ${row.billedCurrency} "${row.merchant.slice(0, 60)}" (row ${row.fileRow ?? "?"})`);
  return { trip: trip.id, slips, misses, resolutions, unlabelledRecords };
}
