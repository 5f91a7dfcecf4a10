/**
 * How long things normally take, in calendar days, and how long an authorisation hold lives.
 * A hold drops by itself after about 7 days when never captured; hotels and car hire may hold up
 * to 30 (PRODUCT.md §1). Without a merchant category code on the records, hotels and car hire are
 * recognised by words in the slip's or records' merchant names — a known limit: a hotel named
 * without any of these words is treated as 7 days (and then shown as overdue early, which only
 * prompts the traveller to check). An offline payment that is still nowhere after 30 days will
 * most likely never be uploaded. See docs/statuses.md.
 */
export const UPLOAD_WINDOW_DAYS = 30;
export const HOLD_DAYS = 7;
export const LONG_HOLD_DAYS = 30;

const LONG_HOLD_MERCHANT =
  /HOTEL|HOSTEL|RESORT|\bINN\b|SUITES|MOTEL|RYOKAN|HILTON|MARRIOTT|HYATT|SHERATON|WESTIN|IBIS|NOVOTEL|ACCOR|HOLIDAY INN|INTERCONTINENTAL|RITZ|FOUR SEASONS|MANDARIN ORIENTAL|SHANGRI|VENETIAN|CAR ?RENTAL|CAR ?HIRE|RENT ?A ?CAR|HERTZ|AVIS|SIXT|EUROPCAR|ENTERPRISE RENT|BUDGET RENT|ALAMO|THRIFTY|酒店|宾馆|賓館|饭店|旅馆|民宿|ホテル|旅館|호텔|租车|租車|レンタカー|렌터카/i;

/** 30 for hotels and car hire (by name), else 7. */
export function readHoldDays(...merchantNames: (string | undefined | null)[]): number {
  return merchantNames.some((name) => name && LONG_HOLD_MERCHANT.test(name.normalize("NFKC"))) ? LONG_HOLD_DAYS : HOLD_DAYS;
}
