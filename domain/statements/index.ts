/**
 * Statement files → issuer records: CSV (known bank layouts or a traveller's column mapping),
 * OFX/QFX, ISO 20022 camt.052/053/054 and QIF, with encoding detection, limits and card-number
 * redaction. See docs/importers.md.
 */
export { parseStatementFile, detectStatementFormat } from "./detect-format";
export { decodeStatementBytes, detectStatementEncoding } from "./decode";
export type { DecodedStatement, StatementEncoding } from "./decode";
export { parseCsvStatement, readCsvTable } from "./csv/parse-csv-statement";
export type { CsvParseResult, CsvTable, ParseCsvOptions } from "./csv/parse-csv-statement";
export { previewRows } from "./csv/preview-rows";
export type { MappingPreview, PreviewRow } from "./csv/preview-rows";
export { proposeMapping } from "./csv/propose-mapping";
export { detectHeaderRow } from "./csv/find-header";
export type { HeaderCandidate, HeaderDetection } from "./csv/find-header";
export { KNOWN_DIRECTION_WORDS, KNOWN_PENDING_WORDS } from "./csv/direction-words";
export { detectNotStatement, sniffUpload } from "./sniff-content";
export type { NotStatementKey } from "./sniff-content";
export { detectCsvLayout } from "./csv/detect-layout";
export type { LayoutDetection } from "./csv/detect-layout";
export { CSV_LAYOUTS } from "./csv/csv-layouts";
export type { CsvLayout } from "./csv/csv-layouts";
export { columnMappingSchema, mappingKey, shapeKey } from "./csv/column-mapping";
export type { ColumnMapping } from "./csv/column-mapping";
export { parseOfxStatement } from "./ofx";
export { parseCamtStatement } from "./camt";
export { parseQifStatement } from "./qif";
export { DATE_FORMATS, readStatementPeriod } from "./statement-date";
export type { DateFormat } from "./statement-date";
export { MAX_STATEMENT_BYTES, MAX_STATEMENT_ROWS } from "./statement-result";
export type { ParseStatementOptions, StatementFormat, StatementIssue, StatementParseResult } from "./statement-result";
export { findIssuedCardNumbers, maskCardNumbersKeepingLayout, redactStatementBytes } from "./redact-statement-bytes";
