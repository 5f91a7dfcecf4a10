/**
 * ISO 4217 currencies a traveller can actually pay in, and how many minor units each has.
 * The exponent comes from `currency-codes` (the ISO "list one" as data), never from
 * Intl/CLDR: CLDR rounds for display (e.g. it shows IDR or HUF without cents) while issuers,
 * statements and our integer minor units follow ISO (JPY/KRW 0, USD/EUR 2, KWD/BHD 3).
 * Precious metals, bond-market units, SDR, test codes and "fund" codes (BOV, CLF, MXV, …) are
 * in list one too, but no card terminal charges in them, so they are treated as unknown.
 * See docs/money.md.
 */
import { data as isoCurrencies } from "currency-codes";

/** Listed by ISO but not spendable at a shop: metals, units of account, funds and test codes. */
const NOT_PAYABLE = new Set([
  "XAG", "XAU", "XPD", "XPT", // precious metals
  "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", // units of account
  "XTS", "XXX", // testing / "no currency"
  "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", // funds codes
]);

const exponentByCode: ReadonlyMap<string, number> = new Map(
  isoCurrencies
    .filter((record) => !NOT_PAYABLE.has(record.code) && Number.isInteger(record.digits))
    .map((record) => [record.code, record.digits]),
);

const sortedCodes: readonly string[] = [...exponentByCode.keys()].sort();

/** Codes are compared upper-case so a hand-typed "eur" still resolves. */
function toLookupKey(code: string): string {
  return code.trim().toUpperCase();
}

/** Number of minor-unit digits (JPY 0, EUR 2, KWD 3), or null when the code is not a payable ISO currency. */
export function currencyExponent(code: string): number | null {
  return exponentByCode.get(toLookupKey(code)) ?? null;
}

export function isCurrencyCode(code: string): boolean {
  return exponentByCode.has(toLookupKey(code));
}

/** Active, payable ISO 4217 codes, alphabetical. A fresh array each call so callers may sort or filter it. */
export function listCurrencies(): string[] {
  return [...sortedCodes];
}
