/**
 * Which part of a traveller's history a change can move (docs/statuses.md "In the app"). A slip
 * can only be linked to records dated within its reach — a few days before it (terminal clocks,
 * time zones) up to the latest refund or late posting the engine accepts after it. Slips whose
 * reaches overlap compete for the same records, so they are matched together: a cluster is a
 * maximal run of overlapping reaches. Clusters share no record, so matching each cluster on its
 * own gives the same links as matching everything at once, and a write only needs the clusters
 * its changed days fall in. Pure: days are "YYYY-MM-DD" calendar dates.
 */
import { addDays } from "@/domain/calendar";

/**
 * Days a slip reaches: 7 before (a terminal clock off by days, a record dated in the issuer's
 * zone), 120 after — beyond score-pair's windows (hold 3, posting 10, late upload 45, lone
 * credit 35 days) with room for a refund that joins a posting up to ~75 days later.
 */
export const SLIP_REACH = { before: 7, after: 120 } as const;

export type DayRange = { from: string; to: string };

/** The clusters of these slip days (any order, repeats allowed), earliest first. */
export function clusterSlipDays(slipDays: readonly string[]): DayRange[] {
  const sorted = [...new Set(slipDays)].sort();
  const clusters: DayRange[] = [];
  for (const day of sorted) {
    const reach = { from: addDays(day, -SLIP_REACH.before), to: addDays(day, SLIP_REACH.after) };
    const last = clusters.at(-1);
    if (last && reach.from <= last.to) last.to = reach.to > last.to ? reach.to : last.to;
    else clusters.push(reach);
  }
  return clusters;
}

/** The clusters that hold any day of these changes; a change outside every cluster moves nothing. */
export function clustersTouched(clusters: readonly DayRange[], changes: readonly DayRange[]): DayRange[] {
  return clusters.filter((c) => changes.some((change) => change.from <= c.to && change.to >= c.from));
}

/** One range covering all these days (a write's slips or records); null for none. */
export function spanOfDays(days: readonly (string | null | undefined)[]): DayRange | null {
  const known = days.filter((d): d is string => typeof d === "string" && d.length >= 10).map((d) => d.slice(0, 10)).sort();
  return known.length === 0 ? null : { from: known[0]!, to: known.at(-1)! };
}

/** Every day there is: a change whose extent is not known (an account-wide decision). */
export const ALL_DAYS: DayRange = { from: "0000-01-01", to: "9999-12-31" };
