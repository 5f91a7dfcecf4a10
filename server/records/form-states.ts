/** What the records forms' server actions answer: FormState plus, for alerts and feeds, a result to show. */
import type { FormState } from "@/server/http/action-result";
import type { MappingPreviewText } from "@/server/imports/mapping-preview";
import type { StatusChangeLine } from "@/server/tracking/status-changes";
import type { RecordLine } from "./present-record";

export type AlertLine = RecordLine & { isNew: boolean };

export type AlertsResultView = {
  understood: AlertLine[];
  notUnderstood: { text: string; reason: string }[];
  skipped: { text: string; kind: string }[];
  /** The slips whose payment status the new records changed (server/tracking/status-changes.ts). */
  changes: StatusChangeLine[];
  changesUpdating: boolean;
};

export type AlertsState = (NonNullable<FormState> & { result?: AlertsResultView }) | null;

/** A feed's secret, in the one answer that ever shows it. */
export type FeedSecretState = (NonNullable<FormState> & { feedId?: string; secret?: string; previousValidUntil?: string }) | null;

/** The mapping step: after "preview", the first rows as they will be saved. */
export type MappingState = (NonNullable<FormState> & { preview?: MappingPreviewText }) | null;
