/**
 * Every message key the importers and the alert reader can return, relative to the "records"
 * message namespace ("records" in messages/*.json), so the UI shows
 * `t("records." + key)` in the traveller's language and no English sentence leaves the domain.
 * A test keeps this list and both message files in step. See docs/importers.md.
 */
export const RECORD_MESSAGE_KEYS = [
  "statement.tooLarge",
  "statement.tooManyRows",
  "statement.tooManyColumns",
  "statement.cellTooLong",
  "statement.empty",
  "statement.currencyNeeded",
  "statement.badDate",
  "statement.badAmount",
  "statement.badCurrency",
  "statement.noTransactions",
  "statement.pendingNoDate",
  "statement.yearNeeded",
  "statement.currencyUnknown",
  "statement.notStatementImage",
  "statement.notStatementPdf",
  "statement.notStatementArchive",
  "statement.notStatementBinary",
  "csv.mappingInvalid",
  "csv.shortRow",
  "csv.dateAmbiguous",
  "csv.rowDeclined",
  "csv.headerOnly",
  "xml.declarationRefused",
  "xml.tooManyReferences",
  "xml.malformed",
  "qif.unsupportedType",
  "alerts.declined",
  "alerts.noAmount",
  "alerts.noDate",
  "alerts.unrecognised",
  "alerts.tooLong",
] as const;

export type RecordMessageKey = (typeof RECORD_MESSAGE_KEYS)[number];
