/**
 * Disputes: which card-network grounds apply to a double charge or a failed-but-charged slip,
 * by when, and with what evidence. The letter itself comes later. See docs/statuses.md.
 */
export { CARD_NETWORKS, detectCardNetwork } from "./card-network";
export type { CardNetwork, CardNetworkHints } from "./card-network";
export { disputeGrounds } from "./dispute-grounds";
export type { DisputeGrounds, DisputeGroundsInput, DuplicateKind } from "./dispute-grounds";
export { DISPUTE_MESSAGE_KEYS } from "./dispute-message-keys";
