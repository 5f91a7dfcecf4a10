/**
 * Which symbols and words may stand next to an amount in a given currency: "€12,50", "¥1,280",
 * "1280円", "THB 1,250.00", "12.50 EUR", "100元". Most come from Intl itself (symbol, narrow
 * symbol, code and name in the locales our travellers use), so whatever `formatMoney` prints
 * is always accepted back; a short hand list adds what people write but CLDR does not ("円",
 * "RMB", "kr", "Rp"). A marker that belongs to another currency ("12.50 USD" when EUR is chosen)
 * is refused rather than ignored: it means the amount and the currency disagree.
 * See docs/money.md.
 */
import { normalizeAmountText } from "./amount-text";

/** Locales whose Intl currency symbols we accept from anybody, whatever their own locale. */
const MARKER_LOCALES = [
  "en", "en-IN", "de", "de-CH", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr", "ru",
  "zh-CN", "zh-TW", "zh-HK", "ja", "ko", "th", "vi", "id", "ms", "hi", "ar",
];

/** Locales whose spelled-out currency names people type after a number ("100 日元", "12 euros"). */
const NAME_LOCALES = ["en", "zh-CN", "zh-TW", "ja"];

/** What people write that Intl does not print. Lower-case, as compared. */
const EXTRA_MARKERS: Readonly<Record<string, readonly string[]>> = {
  JPY: ["円", "yen", "日元"],
  CNY: ["元", "圆", "块", "rmb", "yuan", "人民币"],
  HKD: ["元", "港币", "港元"],
  MOP: ["元", "澳门币", "mop$"],
  TWD: ["元", "台币", "ntd"],
  SGD: ["元", "新币"],
  KRW: ["원", "won"],
  THB: ["บาท", "baht"],
  USD: ["美金"],
  EUR: ["euro"],
  MYR: ["rm"],
  IDR: ["rp"],
  INR: ["rs", "₹"],
  VND: ["đ", "vnđ", "₫"],
  PHP: ["₱"],
  KWD: ["kd"],
  BHD: ["bd"],
  CHF: ["fr", "sfr"],
  SEK: ["kr"],
  NOK: ["kr"],
  DKK: ["kr"],
  ISK: ["kr"],
  PLN: ["zł"],
  CZK: ["kč"],
  HUF: ["ft"],
  TRY: ["tl", "₺"],
  RUB: ["руб", "р", "₽"],
};

/** Spaces and dots inside a marker carry no meaning ("Fr." = "Fr", "US $" = "US$"). */
export function toMarkerKey(text: string): string {
  return normalizeAmountText(text).replace(/[\s.]/g, "").toLowerCase();
}

function collectIntlMarkers(currency: string, locale: string, into: Set<string>): void {
  const displays = ["symbol", "narrowSymbol", "code"] as const;
  const specs: Intl.NumberFormatOptions[] = displays.map((currencyDisplay) => ({ currencyDisplay }));
  if (NAME_LOCALES.includes(locale)) specs.push({ currencyDisplay: "name" });
  for (const spec of specs) {
    try {
      const nf = new Intl.NumberFormat(locale, { style: "currency", currency, ...spec });
      // 1 and 2 so both singular and plural names ("euro", "euros") are seen.
      for (const value of [1, 2]) {
        for (const part of nf.formatToParts(value)) {
          if (part.type === "currency") into.add(toMarkerKey(part.value));
        }
      }
    } catch {
      // A locale this runtime lacks only means fewer accepted symbols.
    }
  }
}

const markersByKey = new Map<string, ReadonlySet<string>>();

function getAcceptedMarkers(currency: string, locale: string | undefined): ReadonlySet<string> {
  const cacheKey = `${currency}|${locale ?? ""}`;
  const cached = markersByKey.get(cacheKey);
  if (cached) return cached;
  const markers = new Set<string>([currency.toLowerCase()]);
  const locales = locale && !MARKER_LOCALES.includes(locale) ? [...MARKER_LOCALES, locale] : MARKER_LOCALES;
  for (const each of locales) collectIntlMarkers(currency, each, markers);
  for (const extra of EXTRA_MARKERS[currency] ?? []) markers.add(toMarkerKey(extra));
  markers.delete("");
  markersByKey.set(cacheKey, markers);
  return markers;
}

/** True when `text` (already stripped of signs and trimmed) names `currency`, or is empty. */
export function isMarkerForCurrency(text: string, currency: string, locale?: string): boolean {
  if (text === "") return true;
  const key = toMarkerKey(text);
  return key !== "" && getAcceptedMarkers(currency, locale).has(key);
}
