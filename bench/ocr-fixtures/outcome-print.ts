/** How layouts print the result block: approval code, response code and the outcome words. */
import type { Printer } from "./layout-kit";
import type { EntryMode, SlipTruth } from "./slip-values";

export type OutcomeVocab = {
  approved: string;
  offline: string;
  /** Printed instead of `offline` for Y3 when the layout distinguishes it. */
  unable?: string;
  declined: string;
  authLabel: string;
  rcLabel?: string;
};

export function printOutcome(p: Printer, t: SlipTruth, v: OutcomeVocab, size = 1): void {
  const o = t.outcome;
  if (o.kind === "online" || (o.kind === "offline" && o.approvalCode)) {
    const code = o.approvalCode ?? "";
    p.pair(v.authLabel, code);
    p.put("approvalCode", code);
  }
  if (v.rcLabel) {
    p.pair(v.rcLabel, o.responseCode);
    p.put("responseCode", o.responseCode);
  }
  if (o.kind === "online") {
    p.center(v.approved, size, true);
    return;
  }
  const word = o.kind === "declined" ? v.declined : o.responseCode === "Y3" && v.unable ? v.unable : v.offline;
  p.center(word, size, true);
  p.put("offlineWording", word);
}

export function printEntry(p: Printer, t: SlipTruth, words: Record<EntryMode, string>, label?: string): void {
  if (label === undefined) p.row(words[t.entryMode]);
  else p.pair(label, words[t.entryMode]);
  p.put("entryMode", t.entryMode);
}
