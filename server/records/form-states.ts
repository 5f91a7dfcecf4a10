/** What the records forms' server actions answer: FormState plus, for alerts and feeds, a result to show. */
import type { FormState } from "@/server/http/action-result";
import type { RecordLine } from "./present-record";

export type AlertLine = RecordLine & { isNew: boolean };

export type AlertsResultView = {
  understood: AlertLine[];
  notUnderstood: { text: string; reason: string }[];
  skipped: { text: string; kind: string }[];
};

export type AlertsState = (NonNullable<FormState> & { result?: AlertsResultView }) | null;

/** A feed's secret, in the one answer that ever shows it. */
export type FeedSecretState = (NonNullable<FormState> & { feedId?: string; secret?: string; previousValidUntil?: string }) | null;
