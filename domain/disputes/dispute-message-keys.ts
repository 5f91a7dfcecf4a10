/**
 * Every message key the dispute grounds can return, relative to the "tracking" namespace
 * ("tracking" in messages/*.json); a test keeps this list and both message files in step.
 * See docs/statuses.md.
 */
export const DISPUTE_MESSAGE_KEYS = [
  "dispute.grounds.visa.duplicateProcessing",
  "dispute.grounds.visa.paidByOtherMeans",
  "dispute.grounds.mastercard.duplicateProcessing",
  "dispute.grounds.mastercard.paidByOtherMeans",
  "dispute.grounds.other.duplicateProcessing",
  "dispute.grounds.other.paidByOtherMeans",
  "dispute.evidence.slip",
  "dispute.evidence.bothCharges",
  "dispute.evidence.charge",
  "dispute.evidence.otherPayment",
  "dispute.evidence.timeline",
  "dispute.evidence.merchantContact",
] as const;
