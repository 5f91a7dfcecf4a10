/**
 * The shapes of the evaluation set on disk (eval/tracking/README.md): a trip's story and slips
 * (trip.json), its hand-written ground truth (labels.json), and the issuer files as bytes. The
 * harness only reads these; nothing here knows how the engine works.
 */
import type { SlipStatus } from "@/domain/status";

export const PARTS = ["dev", "holdout"] as const;
export type Part = (typeof PARTS)[number];

export const SCENARIO_CLASSES = [
  "homeAmountOnly", "foreignInFreeText", "structuredForeign", "sameCurrency", "feeLine", "longDescriptor",
  "refundNewRate", "doubleHold", "postedNotice", "holdThenPost", "reversal", "dcc", "twins", "paidOtherMeans",
  "overlappingExports", "stale", "noiseNearby",
] as const;
export type ScenarioClass = (typeof SCENARIO_CLASSES)[number];

export type LabelRole = "hold" | "posting" | "reversal" | "refund" | "fee";

export type TripFile = {
  name: string;
  kind: "statement" | "alerts";
  /** A column-mapping form (…mapping.json) for a CSV the app has no layout for. */
  mapping?: string;
  /** Alerts only: the server clock at paste time (the alert parser's `now`). */
  pastedAt?: string;
  /** Alerts only: "line" when the paste holds one message per line instead of blank-line blocks. */
  messages?: "blank-line" | "line";
};

export type TripSlip = { id: string; form: Record<string, string>; amountMinor: number };

export type Trip = {
  id: string;
  part: Part;
  description: string;
  today: string;
  homeCurrency: string;
  slips: TripSlip[];
  files: TripFile[];
};

/** How a label names one issuer record: by where it sits in its file, never by engine output. */
export type RecordKey = {
  file: string;
  /** CSV: the 1-based line where the row starts. */
  line?: number;
  /** CSV: the separate fee record a fee column makes from the same line. */
  part?: "fee";
  /** OFX: the transaction's FITID. */
  fitid?: string;
  /** camt: the entry's AcctSvcrRef … */
  ref?: string;
  /** … or its 1-based position among the entries. */
  entry?: number;
  /** Pasted alerts: the 1-based message number. */
  alert?: number;
};

export type LabelledRecord = RecordKey & { role: LabelRole; note?: string };

export type SlipLabel = {
  slip: string;
  classes: ScenarioClass[];
  expectedStatus: SlipStatus;
  comment?: string;
  records: LabelledRecord[];
};

export type TripLabels = {
  trip: string;
  labelledBeforeAnyRun: boolean;
  fx?: string;
  slips: SlipLabel[];
  otherRecords: (RecordKey & { what: string })[];
  /** Records that cannot be told apart (identical rows of twin slips): any one may stand for another. */
  equivalentRecords?: RecordKey[][];
};

export type LoadedTrip = {
  dir: string;
  trip: Trip;
  labels: TripLabels;
  bytes: Map<string, Uint8Array>;
  mappings: Map<string, Record<string, string>>;
};

export function describeKey(key: RecordKey): string {
  const where = key.line !== undefined ? `line ${key.line}${key.part ? ` (${key.part})` : ""}`
    : key.fitid !== undefined ? `FITID ${key.fitid}`
      : key.ref !== undefined ? `ref ${key.ref}`
        : key.entry !== undefined ? `entry ${key.entry}`
          : `alert ${key.alert ?? "?"}`;
  return `${key.file} ${where}`;
}
