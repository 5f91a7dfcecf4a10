/**
 * Every message key the slip schemas can produce. Keys are relative to the "slips" message
 * namespace ("slips" in messages/*.json), so the UI shows `t(key)` in the traveller's language and no
 * English sentence ever leaves the domain. A test keeps this list, the schemas and both message
 * files in step. See docs/card-data.md for the card rules behind "errors.cardNumber".
 */
export const SLIP_ERROR_KEYS = [
  "errors.notText",
  "errors.required",
  "errors.cardNumber",
  "errors.cardSecret",
  "errors.invalidCharacters",
  "errors.merchantNameTooLong",
  "errors.cityTooLong",
  "errors.countryUnknown",
  "errors.dateTimeFormat",
  "errors.dateTimeInvalid",
  "errors.dateTimeTooOld",
  "errors.dateTimeFuture",
  "errors.timeZoneUnknown",
  "errors.currencyUnknown",
  "errors.amountInvalid",
  "errors.amountTooManyDecimals",
  "errors.amountNegative",
  "errors.amountTooLarge",
  "errors.amountZero",
  "errors.cardLast4Format",
  "errors.entryModeUnknown",
  "errors.midFormat",
  "errors.tidFormat",
  "errors.batchFormat",
  "errors.traceFormat",
  "errors.rrnFormat",
  "errors.approvalCodeFormat",
  "errors.aidFormat",
  "errors.applicationLabelFormat",
  "errors.tvrFormat",
  "errors.tsiFormat",
  "errors.responseCodeFormat",
  "errors.offlineWordingTooLong",
  "errors.dccRateFormat",
  "errors.dccCurrencyRequired",
  "errors.dccSameCurrency",
  "errors.paidInsteadMethodUnknown",
  "errors.paidInsteadAmountRequired",
  "errors.notesTooLong",
] as const;

export type SlipErrorKey = (typeof SLIP_ERROR_KEYS)[number];
