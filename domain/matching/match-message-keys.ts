/**
 * Every message key matching can return, relative to the "tracking" namespace
 * ("tracking" in messages/*.json), so the UI shows `t("tracking." + key,
 * params)` and no English leaves the domain. A test keeps this list and both message files in
 * step. See docs/matching.md.
 */
export const MATCH_MESSAGE_KEYS = [
  "match.pass.reference", "match.pass.strong", "match.pass.crossCurrency", "match.pass.linked", "match.pass.confirmed",
  "match.reference.approvalCode", "match.reference.rrn", "match.reference.issuerTransactionId",
  "match.amount.exact.same", "match.amount.exact.recordFx", "match.amount.exact.dcc",
  "match.amount.withinTolerance.recordFx", "match.amount.withinTolerance.dcc",
  "match.amount.withinTolerance.impliedFx", "match.amount.withinTolerance.rateTable", "match.amount.withinTolerance.peg",
  "match.amount.withinTolerance.estimatedFx",
  "match.rate.ownRecords", "match.rate.reference", "match.rate.peg", "match.rate.estimated", "match.rate.crossed",
  "match.amount.differs", "match.amount.notComparable",
  "match.date.sameDay", "match.date.daysAfter", "match.date.daysBefore", "match.lateUpload", "match.dccOverridesMerchant",
  "match.card.same", "match.card.different", "match.card.unknown",
  "merchant.same", "merchant.alias", "merchant.truncated", "merchant.contained", "merchant.acronym", "merchant.words", "merchant.letters", "merchant.different",
  "merchant.differentScript", "merchant.missing",
  "charge.holdThenPosting", "charge.linkedThroughSlip", "charge.creditOffsets", "charge.possibleDuplicate",
  "fee.attached", "fee.sameDay", "fee.nextDay", "fee.namesMerchant",
  "fx.estimate.estimated", "fx.estimate.tooFew", "fx.estimate.ambiguous", "fx.ecb.badRate", "fx.ecb.badDate", "fx.ecb.unknownFormat",
] as const;
