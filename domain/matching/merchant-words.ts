/**
 * Turns a merchant name as a traveller typed it, or as a statement / bank alert printed it, into
 * weighted words that can be compared: NFKC (full-width letters fold), Latin accents dropped
 * (Hofbräuhaus = HOFBRAUHAUS) while kana dakuten and Hangul stay intact, upper case, credit words
 * ("退货", "REFUND") and payment-processor prefixes ("SQ *", "PAYPAL *", "财付通-") removed, store
 * numbers and legal forms dropped, umlaut digraphs folded (SPRUENGLI = Sprüngli), a trailing ISO
 * country code or well-known city dropped, and
 * generic words ("CAFE", "RESTAURANT") kept with a low weight so they cannot make two different
 * shops look alike. The slip's and record's own city are removed later, per comparison
 * (merchant-similarity.ts), so this result can be cached per name. See docs/matching.md.
 */
export type MerchantWord = { text: string; weight: number; isCjk: boolean };
/**
 * `alias`, `joined` and `bigrams` are filled on first use by merchant-similarity.ts (undefined =
 * not computed yet): a name is prepared once and compared many times.
 */
export type PreparedMerchant = {
  words: MerchantWord[]; hasCjk: boolean; hasLatin: boolean;
  alias?: string | null; joined?: string; bigrams?: number[];
  /** "NAME / MEMO", "party / remittance": each part on its own (up to three), compared too. */
  segments?: PreparedMerchant[];
  /** A Korean name's Revised Romanization, prepared (null: not a Hangul-only name); filled on first use. */
  romanised?: PreparedMerchant | null;
};

const CJK = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}ー々〆";
const WORD = new RegExp(`[${CJK}]+|[\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{sc=Thai}\\p{sc=Arabic}\\p{N}]+`, "gu");
const IS_CJK = new RegExp(`^[${CJK}]`, "u");

/** Processor and wallet prefixes as acquirers print them; applied repeatedly ("PAYPAL *SQ *…"). */
const PROCESSOR_PREFIX =
  /^\s*(?:SQU?\s?\*|SQ\s|PAYPAL\s?\*|PP\s?\*|SUMUP\s?\*|ZETTLE[_\s]?\*?|IZ\s?\*|TST\s?\*|GRAB\s?\*|SP\s?\*|STRIPE\s?\*|CKO\s?\*|IYZICO\s?[*/]|PAYU\s?\*|ADYEN\s?\*|WWW\.|财付通\s?[-—]?|支付宝\s?[-—]?|银联\s?[-—]?|微信支付\s?[-—]?|云闪付\s?[-—]?)\s*/u;
const CREDIT_PREFIX = /^\s*(?:退货|退款|冲正|撤销|撤消|REFUND|RETURN|REVERSAL|CREDIT|GUTSCHRIFT|STORNO)\s*[-:：]?\s*/u;

/** Legal forms and filler: no evidence either way, dropped. */
const DROPPED = new Set([
  "CO", "LTD", "LIMITED", "INC", "LLC", "CORP", "CORPORATION", "COMPANY", "GMBH", "AG", "KG", "SA", "SAS", "SARL",
  "SRL", "SPA", "BV", "NV", "PLC", "PTE", "PTY", "KK", "SDN", "BHD", "AS", "AB", "OY", "LDA", "SL", "NO", "NR",
  "BRANCH", "POS", "株式会社", "有限公司", "有限会社", "股份有限公司",
]);

/** Words many unrelated shops share: they count, but little. */
const GENERIC = new Set([
  "CAFE", "CAFFE", "COFFEE", "KAFFEE", "RESTAURANT", "RESTAURANTE", "RISTORANTE", "BAR", "PUB", "HOTEL", "HOSTEL",
  "MARKET", "MKT", "SHOP", "STORE", "STORES", "MART", "SUPERMARKET", "KITCHEN", "GRILL", "BAKERY", "BOULANGERIE",
  "PHARMACY", "PHARMACIE", "APOTHEKE", "TAXI", "STATION", "CENTER", "CENTRE", "MALL", "PLAZA", "FOOD", "FOODS",
  "TRAVEL", "TOURS", "INTERNATIONAL", "INTL", "GROUP", "ONLINE", "SERVICE", "SERVICES", "BISTRO", "DINER",
  "HOUSE", "LOUNGE", "EXPRESS", "CITY", "CONVENIENCE", "STREET", "ST", "ROAD", "RD", "AVE",
]);
const ARTICLES = new Set(["THE", "AND", "OF", "LE", "LA", "LES", "DE", "DU", "DES", "ET", "EL", "DEL", "DI", "DA", "Y", "DER", "DIE", "DAS", "VON", "UND", "A"]);

/** Cities that descriptors append and that rarely name a shop on their own. */
const COMMON_CITIES = new Set([
  "BANGKOK", "BKK", "PHUKET", "CHIANGMAI", "TOKYO", "OSAKA", "KYOTO", "SEOUL", "BUSAN", "PARIS", "LONDON", "BERLIN",
  "MUNICH", "MUENCHEN", "MUNCHEN", "FRANKFURT", "ISTANBUL", "DUBAI", "SYDNEY", "MELBOURNE", "SINGAPORE", "HONGKONG",
  "HK", "KOWLOON", "MACAU", "MACAO", "NEWYORK", "NYC", "NY", "CDMX", "MEXICO", "ROMA", "ROME", "MILANO", "MADRID",
  "BARCELONA", "AMSTERDAM", "VIENNA", "WIEN", "ZURICH", "TAIPEI", "HANOI", "SAIGON", "BALI", "KUALALUMPUR",
]);

/**
 * ISO 3166 alpha-2 codes (all) and the alpha-3 codes descriptors of travel countries print. A
 * literal list rather than i18n-iso-countries: that package has no ES named exports, and this
 * module also runs under plain `tsx` (bench/matching.ts).
 */
const COUNTRY_CODES: ReadonlySet<string> = new Set(`
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD
CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF
GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS XK YE YT ZA ZM ZW UK
THA JPN KOR CHN HKG MAC TWN SGP MYS IDN VNM PHL KHM AUS NZL USA CAN MEX FRA DEU ITA ESP PRT NLD BEL CHE AUT GBR IRL
TUR ARE QAT SAU EGY GRC CZE POL HUN DNK SWE NOR FIN ISL RUS IND LKA MDV NPL BRA ARG CHL PER ZAF MAR
`.trim().split(/\s+/));

/**
 * German bank descriptors write umlauts as digraphs ("SPRUENGLI", "ZUERICH", "MUENCHEN") while
 * the traveller types "Sprüngli"; accents are dropped first (Ü → U), then the digraphs folded
 * (UE → U, AE → A, OE → O) on both sides alike, so either spelling meets the other. Applied to
 * every Latin name the same way (QUEEN → QUEN on both sides), it never separates two spellings.
 */
export function foldDigraphs(upper: string): string {
  return upper.replace(/AE|OE|UE/g, (pair) => pair[0]!);
}

function stripLatinAccents(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => ch.normalize("NFD").replace(/\p{M}/gu, ""));
}

function stripPrefixes(text: string): string {
  let current = text.replace(CREDIT_PREFIX, "");
  for (let i = 0; i < 3; i += 1) {
    const next = current.replace(PROCESSOR_PREFIX, "");
    if (next === current) break;
    current = next;
  }
  return current;
}

/** A CJK run without the branch suffix ("新宿店" → "新宿") and legal forms; never emptied. */
function trimCjkRun(run: string): string {
  const trimmed = run.replace(/株式会社|有限公司|有限会社|股份/g, "").replace(/(?:分店|支店|本店|店)$/u, "");
  return trimmed.length >= 1 ? trimmed : run;
}

function weighWord(text: string, isCjk: boolean): number {
  if (isCjk) return Math.min(text.length * 2, 8);
  if (ARTICLES.has(text)) return 0.5;
  if (GENERIC.has(text)) return 1;
  return Math.min(text.length, 8);
}

function isNoise(text: string): boolean {
  return DROPPED.has(text) || (/^\d+$/.test(text) && text.length >= 2);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_WORD = /[A-Z0-9]+/g;

const MAX_SEGMENTS = 3;

/** The weighted words of a merchant name (see the header for every step). */
export function prepareMerchant(name: string): PreparedMerchant {
  const prepared = prepareWords(name);
  if (name.includes(" / ")) {
    const parts = name.split(" / ").filter((part) => part.trim() !== "").slice(0, MAX_SEGMENTS);
    if (parts.length > 1) prepared.segments = parts.map(prepareWords);
  }
  return prepared;
}

function prepareWords(name: string): PreparedMerchant {
  // Most descriptors are plain ASCII: Unicode normalisation and script classes would not change them.
  const isAscii = PRINTABLE_ASCII.test(name);
  const upper = isAscii ? name.toUpperCase() : stripLatinAccents(name.normalize("NFKC")).toUpperCase();
  const folded = foldDigraphs(stripPrefixes(upper).replace(/['’`´]/g, "").replace(/([A-Z])&([A-Z])/g, "$1$2"));
  const raw = (folded.match(isAscii ? ASCII_WORD : WORD) ?? []).map((text) => {
    const isCjk = IS_CJK.test(text);
    return { text: isCjk ? trimCjkRun(text) : text, isCjk };
  });
  let kept = raw.filter((w) => !isNoise(w.text));
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!.text;
    if (!(COUNTRY_CODES.has(last) && last.length <= 3) && !COMMON_CITIES.has(last)) break;
    kept = kept.slice(0, -1);
  }
  if (kept.length === 0) kept = raw.filter((w) => !DROPPED.has(w.text));
  const words = kept.map((w) => ({ text: w.text, isCjk: w.isCjk, weight: weighWord(w.text, w.isCjk) }));
  return { words, hasCjk: words.some((w) => w.isCjk), hasLatin: words.some((w) => !w.isCjk) };
}

/** Words of a city or country name ("New York" → NEW, YORK, NEWYORK) that a comparison may drop. */
export function listPlaceWords(...places: (string | null | undefined)[]): string[] {
  const words: string[] = [];
  for (const place of places) {
    if (!place) continue;
    const parts = foldDigraphs(stripLatinAccents(place.normalize("NFKC")).toUpperCase()).match(WORD) ?? [];
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(""));
  }
  return words;
}

/**
 * First ten letters or digits of the name without credit words and processor prefixes: a cheap
 * grouping key for a refund and the purchase it refunds, which come from the same source and so
 * spell the merchant alike. A character loop, no Unicode normalisation: it runs on every debit.
 */
export function readMerchantKey(name: string): string {
  const text = stripPrefixes(name.slice(0, 40).toUpperCase());
  let key = "";
  for (let i = 0; i < text.length && key.length < 10; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code > 127) key += text[i];
  }
  return key;
}
