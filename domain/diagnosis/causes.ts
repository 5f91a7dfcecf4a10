/**
 * All causes the guide can name, in one list the engine and the UI iterate: the eight source
 * causes of PRODUCT.md §2 in their four groups and the eight real-world ones. The data lives in
 * one file per group; this module only assembles it in a fixed order, which is also the order
 * ties are broken in, so results stay deterministic. See docs/diagnosis.md.
 */
import { CAUSE_IDS, type Cause, type CauseId } from "./cause-model";
import { CARD_STATUS_CAUSES } from "./causes-card-status";
import { DEVICE_AND_CARD_CAUSES } from "./causes-device-card";
import { ISSUER_CAUSES } from "./causes-issuer";
import { NETWORK_CAUSES } from "./causes-network";
import { OTHER_CAUSES } from "./causes-other";

export { CAUSE_IDS, type Cause, type CauseGroup, type CauseId, type ChargeOutlook } from "./cause-model";

const BY_ID = new Map<CauseId, Cause>(
  [...NETWORK_CAUSES, ...DEVICE_AND_CARD_CAUSES, ...OTHER_CAUSES, ...ISSUER_CAUSES, ...CARD_STATUS_CAUSES].map((cause) => [cause.id, cause]),
);

/** Every cause exactly once, in CAUSE_IDS order (a missing cause fails at import, not in the UI). */
export const CAUSES: readonly Cause[] = CAUSE_IDS.map((id) => {
  const cause = BY_ID.get(id);
  if (!cause) throw new Error(`diagnosis: cause ${id} has no data`);
  return cause;
});

export function getCause(id: CauseId): Cause {
  return CAUSES[CAUSE_IDS.indexOf(id)] as Cause;
}
