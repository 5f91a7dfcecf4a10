/**
 * The option lists of the slip form, in the traveller's language: countries (names from
 * i18n-iso-countries — only English and Chinese are registered, the app's two languages),
 * currencies (ISO codes from domain/money, names from Intl), and time zones (the zones the
 * country map knows first, then every other zone Intl knows, with its localised name).
 * Computed once per locale and kept: these lists do not change while the server runs.
 */
import "server-only";
import { getName, getNames, registerLocale } from "i18n-iso-countries";
import enCountries from "i18n-iso-countries/langs/en.json";
import zhCountries from "i18n-iso-countries/langs/zh.json";
import { listCurrencies } from "@/domain/money";
import { defaultTimeZoneForCountry, listCountriesWithKnownZones } from "@/domain/slips";
import type { Locale } from "@/i18n/routing";

registerLocale(enCountries);
registerLocale(zhCountries);

export type Option = { value: string; label: string };

const countriesLanguage = (locale: Locale) => (locale === "zh-CN" ? "zh" : "en");

export function countryName(code: string, locale: Locale): string {
  return getName(code, countriesLanguage(locale)) ?? code;
}

const cache = new Map<string, Option[]>();
function cached(key: string, build: () => Option[]): Option[] {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = build()));
  return value;
}

export function listCountryOptions(locale: Locale): Option[] {
  return cached(`countries:${locale}`, () => {
    const collator = new Intl.Collator(locale);
    return Object.entries(getNames(countriesLanguage(locale)))
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => collator.compare(a.label, b.label));
  });
}

export function currencyName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(locale, { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function listCurrencyOptions(locale: Locale): Option[] {
  return cached(`currencies:${locale}`, () => listCurrencies().map((code) => ({ value: code, label: `${code} · ${currencyName(code, locale)}` })));
}

function canonical(zone: string): string {
  try {
    // Not a date: Intl resolves the zone's canonical name (eslint's one-date-style rule allows it here).
    // eslint-disable-next-line no-restricted-syntax
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

function zoneLabel(zone: string, locale: Locale): string {
  try {
    // Not a date: only the zone's long name is read from the parts.
    // eslint-disable-next-line no-restricted-syntax
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "longGeneric" })
      .formatToParts(new Date())
      .find((part) => part.type === "timeZoneName")?.value;
    const city = zone.replaceAll("_", " ");
    return name && name !== zone ? `${city} · ${name}` : city;
  } catch {
    return zone;
  }
}

/** Every zone once: modern names from the country map ("Asia/Kolkata") replace ICU's older ones ("Asia/Calcutta"). */
export function listTimeZoneOptions(locale: Locale): Option[] {
  return cached(`zones:${locale}`, () => {
    const mapped = listCountriesWithKnownZones().flatMap((country) => defaultTimeZoneForCountry(country).zones);
    const covered = new Set(mapped.map(canonical));
    const others = Intl.supportedValuesOf("timeZone").filter((zone) => !covered.has(canonical(zone)) && !mapped.includes(zone));
    return [...new Set([...mapped, ...others])]
      .sort()
      .map((zone) => ({ value: zone, label: zoneLabel(zone, locale) }));
  });
}

/** The zones of each country the map knows, for the form's "default from the country". */
export function listZonesByCountry(): Record<string, string[]> {
  return Object.fromEntries(listCountriesWithKnownZones().map((country) => [country, defaultTimeZoneForCountry(country).zones]));
}
