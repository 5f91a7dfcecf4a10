/**
 * A status never says more than its matches (issue 18). The statuses that rest on bank records
 * (a hold, a charge, two charges, a release, a refund) are only as sure as the matches behind
 * them: while any record of its evidence is a match SlipTrack proposed and the traveller has not
 * confirmed, the status reads "probably … — please confirm"; once every one is confirmed it
 * reads plainly. "Waiting for the bank" and "nothing after 30 days" rest on no match. Pure.
 */
import type { SlipStatus, SlipStatusResult } from "./status-types";

/** The statuses that rest on bank records, each with a "probably … — please confirm" wording. */
export const PROBABLE_STATUSES = ["pending", "posted", "duplicate", "reversed", "refunded"] as const satisfies readonly SlipStatus[];
const RESTS_ON_MATCHES: ReadonlySet<SlipStatus> = new Set(PROBABLE_STATUSES);

/** True when the status rests on at least one match still only proposed. */
export function isStatusProbable(status: Pick<SlipStatusResult, "status" | "evidence">, proposedRecordIds: ReadonlySet<string>): boolean {
  if (!RESTS_ON_MATCHES.has(status.status)) return false;
  return status.evidence.some((item) => item.recordIds.some((id) => proposedRecordIds.has(id)));
}

/** The message key of a status as it should read: `status.posted` or `statusProbable.posted`. */
export function statusMessageKey(status: SlipStatus, probable: boolean): string {
  return probable && RESTS_ON_MATCHES.has(status) ? `statusProbable.${status}` : `status.${status}`;
}
