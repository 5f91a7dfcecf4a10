/**
 * Offline slips: the schema for what a traveller logs (PRODUCT.md §3), its field rules and the
 * time-zone suggestions for a country. See docs/card-data.md.
 */
export { makeSlipInputSchema, SLIP_FORM_FIELDS } from "./slip-input-schema";
export type { MakeSlipInputSchemaOptions, SlipFormField, SlipFormInput, SlipInput } from "./slip-input-schema";
export * from "./slip-fields";
export { IDENTIFIER_FIELDS, normalizeIdentifier, readPrintedForms, type IdentifierField } from "./slip-field-kit";
export { localDateTimeSchema, timeZoneSchema, isLocalDateTimeInFuture, FUTURE_MARGIN_MINUTES, EARLIEST_SLIP_YEAR } from "./slip-time";
export { defaultTimeZoneForCountry, listCountriesWithKnownZones } from "./time-zones-by-country";
export { SLIP_ERROR_KEYS, type SlipErrorKey } from "./slip-error-keys";
