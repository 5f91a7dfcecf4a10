/** The destinations offered in the country choice (ISO 3166-1 alpha-2); names come from ICU in the page's language. */
export const DESTINATION_COUNTRIES = [
  "JP", "KR", "TH", "VN", "ID", "MY", "SG", "HK", "MO", "TW", "CN", "PH", "FR", "ES", "PT", "IT", "DE", "AT", "CH",
  "NL", "BE", "GB", "IE", "GR", "TR", "AE", "SA", "EG", "RU", "US", "CA", "MX", "AU", "NZ",
] as const;

export function listCountries(locale: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return DESTINATION_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
