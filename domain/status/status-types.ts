/**
 * The shapes status and timeline read and return. `StatusSlip` is the narrow slice of a slip they
 * need (the app maps a database row onto it); charges come from matching (`Charge`: a hold, its
 * posting, and the credits that offset them), already without rejected records. Every result is
 * data plus message keys under "tracking", never text. See docs/statuses.md.
 */
import type { CardNetwork, DisputeGrounds } from "@/domain/disputes";
import type { Charge } from "@/domain/matching";

export const SLIP_STATUSES = ["awaiting", "pending", "posted", "duplicate", "reversed", "refunded", "unmatched_stale"] as const;
export type SlipStatus = (typeof SLIP_STATUSES)[number];

export type StatusSlip = {
  id: string;
  merchantName: string;
  /** Local wall clock "YYYY-MM-DDTHH:mm": its date is the slip's calendar day, never via UTC. */
  localDateTime: string;
  amountMinor: number;
  currency: string;
  offlineWording?: string | null;
  approvalCode?: string | null;
  responseCode?: string | null;
  aid?: string | null;
  applicationLabel?: string | null;
};

/** How the traveller paid instead ("paid by other means" evidence), or null when they did not. */
export type PaidInstead = { method: "otherCard" | "cash" | "wallet"; amountMinor?: number | null; currency?: string | null } | null;

export type Evidence = { recordIds: string[]; reasonKeys: string[] };
export type NextStep = { key: string; params: Record<string, string | number>; dueDate?: string };

export type SlipStatusResult = {
  status: SlipStatus;
  /** The calendar date the slip entered this status. */
  since: string;
  evidence: Evidence[];
  nextStep: NextStep;
  needsAction: boolean;
  /** For "duplicate" only: the grounds to cite, deadline and evidence to send. */
  dispute: DisputeGrounds | null;
};

export type DeriveStatusInput = {
  slip: StatusSlip;
  charges: readonly Charge[];
  paidInstead: PaidInstead;
  today: string;
  /** When known from elsewhere (the card's brand); otherwise read from the slip's AID or label. */
  network?: CardNetwork;
};

export const TIMELINE_STAGES = ["captured", "sentToAcquirer", "issuer", "authorised", "clearedPosted"] as const;
export type TimelineStageName = (typeof TIMELINE_STAGES)[number];
export type StageState = "proven" | "expected" | "unknown" | "skipped";

export type Expectation = { key: string; params: Record<string, string | number>; dueDate?: string };
export type TimelineStage = { stage: TimelineStageName; state: StageState; evidence: Evidence; expected?: Expectation };
export type Timeline = { stages: TimelineStage[]; next: (Expectation & { stage: TimelineStageName }) | null };
