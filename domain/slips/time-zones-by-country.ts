/**
 * Which IANA time zones to offer for a country, so the slip form can preselect one and ask only
 * when a country spans several. A hand-kept map of about 80 countries travellers commonly visit,
 * the first zone being the one most visitors are in (the capital or main tourist area). It is
 * deliberately incomplete: countries not listed return no zones and the form asks for one;
 * remote territories with their own zone (e.g. Alaska's Aleutians, Russia's Chukotka, Brazil's
 * Acre border areas, Greenland, French overseas regions with their own ISO code) are left out.
 * Kept as data, not read from tzdata, so it runs anywhere with no files. See docs/card-data.md.
 */

const ZONES_BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  // East and South-East Asia
  CN: ["Asia/Shanghai"], HK: ["Asia/Hong_Kong"], MO: ["Asia/Macau"], TW: ["Asia/Taipei"],
  JP: ["Asia/Tokyo"], KR: ["Asia/Seoul"], MN: ["Asia/Ulaanbaatar", "Asia/Hovd"],
  TH: ["Asia/Bangkok"], VN: ["Asia/Ho_Chi_Minh"], KH: ["Asia/Phnom_Penh"], LA: ["Asia/Vientiane"],
  MM: ["Asia/Yangon"], SG: ["Asia/Singapore"], MY: ["Asia/Kuala_Lumpur", "Asia/Kuching"],
  ID: ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"], PH: ["Asia/Manila"],
  // South and Central Asia, Middle East
  IN: ["Asia/Kolkata"], LK: ["Asia/Colombo"], NP: ["Asia/Kathmandu"], MV: ["Indian/Maldives"],
  KZ: ["Asia/Almaty"], UZ: ["Asia/Tashkent"], AE: ["Asia/Dubai"], QA: ["Asia/Qatar"],
  SA: ["Asia/Riyadh"], KW: ["Asia/Kuwait"], BH: ["Asia/Bahrain"], OM: ["Asia/Muscat"],
  JO: ["Asia/Amman"], IL: ["Asia/Jerusalem"], TR: ["Europe/Istanbul"],
  // Europe
  GB: ["Europe/London"], IE: ["Europe/Dublin"], FR: ["Europe/Paris"], DE: ["Europe/Berlin"],
  IT: ["Europe/Rome"], ES: ["Europe/Madrid", "Atlantic/Canary"],
  PT: ["Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Azores"], NL: ["Europe/Amsterdam"],
  BE: ["Europe/Brussels"], LU: ["Europe/Luxembourg"], CH: ["Europe/Zurich"], AT: ["Europe/Vienna"],
  CZ: ["Europe/Prague"], PL: ["Europe/Warsaw"], HU: ["Europe/Budapest"], GR: ["Europe/Athens"],
  HR: ["Europe/Zagreb"], DK: ["Europe/Copenhagen"], SE: ["Europe/Stockholm"], NO: ["Europe/Oslo"],
  FI: ["Europe/Helsinki"], IS: ["Atlantic/Reykjavik"], MT: ["Europe/Malta"], CY: ["Asia/Nicosia"],
  UA: ["Europe/Kyiv"],
  RU: [
    "Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
    "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
    "Asia/Magadan", "Asia/Kamchatka",
  ],
  // Americas
  US: [
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
  ],
  CA: [
    "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
    "America/Regina", "America/Halifax", "America/St_Johns",
  ],
  MX: [
    "America/Mexico_City", "America/Cancun", "America/Tijuana", "America/Hermosillo",
    "America/Mazatlan", "America/Chihuahua",
  ],
  BR: [
    "America/Sao_Paulo", "America/Manaus", "America/Fortaleza", "America/Cuiaba",
    "America/Rio_Branco", "America/Noronha",
  ],
  AR: ["America/Argentina/Buenos_Aires"], CL: ["America/Santiago", "Pacific/Easter"],
  PE: ["America/Lima"], CO: ["America/Bogota"], EC: ["America/Guayaquil", "Pacific/Galapagos"],
  UY: ["America/Montevideo"], CR: ["America/Costa_Rica"], PA: ["America/Panama"],
  CU: ["America/Havana"], DO: ["America/Santo_Domingo"],
  // Oceania
  AU: [
    "Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Adelaide",
    "Australia/Perth", "Australia/Darwin", "Australia/Hobart",
  ],
  NZ: ["Pacific/Auckland", "Pacific/Chatham"], FJ: ["Pacific/Fiji"], PF: ["Pacific/Tahiti"],
  // Africa
  EG: ["Africa/Cairo"], MA: ["Africa/Casablanca"], TN: ["Africa/Tunis"], ZA: ["Africa/Johannesburg"],
  KE: ["Africa/Nairobi"], TZ: ["Africa/Dar_es_Salaam"], NG: ["Africa/Lagos"], MU: ["Indian/Mauritius"],
};

/** Zones for an ISO 3166-1 alpha-2 code, most visited first; `zones: []` when we do not know. */
export function defaultTimeZoneForCountry(country: string): { zones: string[] } {
  return { zones: [...(ZONES_BY_COUNTRY[country.trim().toUpperCase()] ?? [])] };
}

/** The countries the map covers, for tests and for telling the UI when to ask. */
export function listCountriesWithKnownZones(): string[] {
  return Object.keys(ZONES_BY_COUNTRY).sort();
}
