/**
 * Issuer records: the normalised shape of every statement row, bank alert and feed event, with
 * its identity (fingerprint), card-number redaction and pending→posted linking.
 * See docs/importers.md.
 */
export {
  issuerRecordSchema, issuerReferencesSchema, RECORD_KINDS, RECORD_SOURCES, RECORD_STATES,
} from "./issuer-record";
export type {
  IssuerRecord, IssuerReferences, RecordKind, RecordSource, RecordState, UnfingerprintedRecord,
} from "./issuer-record";
export { assignFingerprints, describeFingerprint, fingerprintRecord, hashStable, normaliseMerchant } from "./fingerprint";
export { linkPendingToPosted, scoreMerchantSimilarity } from "./link-pending";
export type { PendingLink } from "./link-pending";
export { cutCardNumbers, readCardLast4, redactRecordText } from "./redact-record";
export { RECORD_MESSAGE_KEYS } from "./message-keys";
export type { RecordMessageKey } from "./message-keys";
export { CURRENCY_WORD_PATTERN, CURRENCY_WORDS, ENGLISH_CURRENCY_NAME_PATTERN, isPlaceholderCurrency, readCurrencyCode } from "./currency-words";
export { decideIdentity, identityKey, merchantCore } from "./identity";
export { DROP_AFTER_DAYS, findDroppedRows, isUnbooked, readExportSpan } from "./dropped-rows";
export type { DroppedRows, StoredRowState } from "./dropped-rows";
export type { IdentityDecision } from "./identity";
