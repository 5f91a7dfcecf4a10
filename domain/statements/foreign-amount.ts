/**
 * Reads the foreign (original, local) amount of a card payment from the free text where real
 * exports put it when they have no column for it: Amex's Extended Details ("Foreign Spend Amount:
 * 1,250.00 THAI BAHT Commission Amount: …"), German purpose texts ("Original 50.000 KRW 1 Euro=
 * 1.452,31 KRW", "Orig.-Betrag 180,00 THB Kurs 38,1234"), OFX MEMO lines ("JPY 12,500 @ 0.0067",
 * "Orig: THB 1,250.00"), English phrases ("original amount THB 1,250.00", "1,250.00 THB converted
 * at …") and Chinese ones ("原币金额：1,250.00 泰铢", "交易币种 THB 交易金额 1,250.00"). Rules:
 * - an amount counts only after a telling word (original, foreign, orig, Fremdwährung, 原币,
 *   外币, 交易金额 …) within a few words, or right before a printed rate ("@", "Kurs", "rate",
 *   "1 Euro=", "汇率"); a currency that is the billed currency is never the foreign one;
 * - an amount right after "=" is a rate ("1 Euro=1.452,31 KRW"), not an amount;
 * - separators: the last of "." and "," is the decimal mark when both appear; a single one
 *   followed by exactly three digits groups thousands ("50.000 KRW", "1,250 JPY") unless the
 *   currency has three decimals; more decimals than the currency has (beyond zeros) → not read.
 * Returns the absolute amount in minor units and, when printed, the rate as written ("." decimal).
 * Pure and linear (bounded patterns on at most 2 000 characters). See docs/importers.md.
 */
import { CURRENCY_WORDS, readCurrencyCode } from "@/domain/issuer-records/currency-words";
import { currencyExponent, listCurrencies } from "@/domain/money";

export type ForeignAmount = { originalAmountMinor: number; originalCurrency: string; fxRate?: string };

const MAX_TEXT = 2000;

/** English currency names (ICU) and the names statements print, upper case → ISO code. */
const NAME_TO_CODE: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames(["en"], { type: "currency" });
  for (const code of listCurrencies()) {
    const name = display.of(code)?.toUpperCase();
    if (!name || name === code) continue;
    names.set(name, code);
    names.set(`${name}S`, code);
  }
  const extra: Record<string, string> = {
    "BAHT": "THB", "YEN": "JPY", "KOREAN WON": "KRW", "WON": "KRW", "UAE DIRHAM": "AED", "U.A.E. DIRHAM": "AED", "DIRHAM": "AED",
    "DONG": "VND", "RINGGIT": "MYR", "RUPIAH": "IDR", "EURO": "EUR", "EUROS": "EUR", "POUND STERLING": "GBP", "STERLING": "GBP",
    "UNITED STATES DOLLAR": "USD", "UNITED STATES DOLLARS": "USD", "U.S. DOLLAR": "USD", "U.S. DOLLARS": "USD",
    "SWISS FRANCS": "CHF", "RENMINBI": "CNY", "YUAN RENMINBI": "CNY", "FORINT": "HUF", "ZLOTY": "PLN",
  };
  for (const [name, code] of Object.entries(extra)) names.set(name, code);
  return names;
})();

const NAMES_LONGEST_FIRST = [...NAME_TO_CODE.keys(), ...Object.keys(CURRENCY_WORDS)].sort((a, b) => b.length - a.length);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CURRENCY = `(?:(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])|${NAMES_LONGEST_FIRST.map(escape).join("|")}|€|£)`;
const NUMBER = String.raw`\d{1,3}(?:[.,'’ ]\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?`;

/** "CUR amount" or "amount CUR", optionally after "=" (then it is a rate, not an amount). */
const MENTION = new RegExp(`(=\\s*)?(?:(${CURRENCY})\\s?:?\\s?(${NUMBER})|(${NUMBER})\\s?(${CURRENCY}))`, "giu");

/** "交易币种 THB 交易金额 1,250.00", "Currency: THB Amount: 1,250.00": the code and the amount in two labelled fields. */
const LABELLED = new RegExp(`(?:交易币种|原币种|币种|transaction\\s+currency|foreign\\s+currency|currency)\\s*[:：]?\\s*(${CURRENCY})\\s*[,，;]?\\s*(?:交易金额|原币金额|金额|(?:transaction\\s+|foreign\\s+)?amount)\\s*[:：]?\\s*(${NUMBER})`, "iu");

const TELLING = /(?:foreign\s+spend\s+amount|foreign\s+(?:currency\s+)?amount|original(?:\s+amount)?|orig(?:inal)?\.?(?:\s*-?\s*betrag)?|ursprungsbetrag|originalbetrag|fremdw(?:ä|ae)hrung(?:sbetrag)?|betrag\s+in\s+fremdw(?:ä|ae)hrung|local\s+(?:currency\s+)?amount|amount\s+in\s+(?:foreign|local)\s+currency|transaction\s+amount|converted\s+from|原币金额|原币|原始金额|外币金额|外币|交易金额|交易币种|现地金额|現地通貨|現地利用額)\s*[:：=]?\s*$/iu;
const RATE_AFTER = /^\s*(?:@|at\s+(?:a\s+)?(?:rate\s+(?:of\s+)?)?|rate\s*:?|exchange\s+rate\s*:?|kurs\s*:?|wechselkurs\s*:?|汇率\s*[:：]?|converted\s+at|\(?1\s+(?:euro|eur|€)\s*=)/iu;
const RATE = /(?:@|rate(?:\s+of)?|kurs|wechselkurs|汇率|=)\s*[:：]?\s*(\d+(?:[.,]\d+)*)/iu;

/** A cheap first look: without one of these, no rule below can apply (most descriptors stop here). */
const HINT = /orig|foreign|fremd|kurs|rate|@|=|amount|betrag|currency|原币|外币|交易|汇率|現地|converted/i;

function toCode(text: string): string | null {
  const upper = text.normalize("NFKC").toUpperCase().replace(/\s+/g, " ");
  if (upper === "€") return "EUR";
  if (upper === "£") return "GBP";
  return NAME_TO_CODE.get(upper) ?? readCurrencyCode(text) ?? null;
}

/** A printed number → minor units of `currency`, with the separator rules of the header; null when unreadable. */
export function readPrintedAmount(text: string, currency: string): number | null {
  const exponent = currencyExponent(currency);
  if (exponent === null) return null;
  const compact = text.replace(/[ '’]/g, "");
  const lastDot = compact.lastIndexOf(".");
  const lastComma = compact.lastIndexOf(",");
  let decimal: "." | "," | null = null;
  if (lastDot !== -1 && lastComma !== -1) decimal = lastDot > lastComma ? "." : ",";
  else if (lastDot !== -1 || lastComma !== -1) {
    const mark = lastDot !== -1 ? "." : ",";
    const occurrences = compact.split(mark).length - 1;
    const after = compact.length - compact.lastIndexOf(mark) - 1;
    decimal = occurrences === 1 && (after !== 3 || exponent === 3) ? mark : null;
  }
  const [whole, fraction = ""] = decimal ? [compact.slice(0, compact.lastIndexOf(decimal)), compact.slice(compact.lastIndexOf(decimal) + 1)] : [compact, ""];
  const digits = whole.replace(/[.,]/g, "");
  if (!/^\d+$/.test(digits) || !/^\d*$/.test(fraction)) return null;
  if (fraction.length > exponent && /[1-9]/.test(fraction.slice(exponent))) return null;
  const minor = Number(digits) * 10 ** exponent + Number((fraction + "0".repeat(exponent)).slice(0, exponent) || "0");
  return Number.isSafeInteger(minor) && minor > 0 ? minor : null;
}

function readRate(after: string): string | undefined {
  const match = RATE.exec(after.slice(0, 60));
  if (!match) return undefined;
  const raw = match[1]!;
  // "1.452,31" (German) → "1452.31"; "0.0067" stays; "38,1234" → "38.1234".
  const normalised = raw.includes(",") ? raw.replace(/\./g, "").replace(",", ".") : raw;
  return /^\d+(\.\d+)?$/.test(normalised) && /[1-9]/.test(normalised) ? normalised : undefined;
}

/**
 * The foreign amount a description, memo or purpose text states, in a currency other than
 * `billedCurrency`; null when the text states none in a way this reader trusts.
 */
export function readForeignAmount(text: string, billedCurrency: string): ForeignAmount | null {
  if (typeof text !== "string" || !/\d/.test(text) || !HINT.test(text)) return null;
  const body = text.slice(0, MAX_TEXT).normalize("NFKC");
  const labelled = LABELLED.exec(body);
  const labelledCode = labelled && toCode(labelled[1]!);
  if (labelled && labelledCode && labelledCode !== billedCurrency.toUpperCase()) {
    const amount = readPrintedAmount(labelled[2]!, labelledCode);
    if (amount !== null) {
      const fxRate = readRate(body.slice(labelled.index + labelled[0].length));
      return { originalAmountMinor: amount, originalCurrency: labelledCode, ...(fxRate ? { fxRate } : {}) };
    }
  }
  MENTION.lastIndex = 0;
  for (let match = MENTION.exec(body); match; match = MENTION.exec(body)) {
    // A mention that is not the foreign amount must not swallow one that starts inside it
    // ("for 1,250.00 THB"): the scan resumes one character later.
    const skip = () => {
      MENTION.lastIndex = match!.index + 1;
    };
    const currency = toCode(match[2] ?? match[5] ?? "");
    const number = match[3] ?? match[4] ?? "";
    if (match[1] !== undefined || !currency || currency === billedCurrency.toUpperCase()) {
      skip();
      continue;
    }
    const before = body.slice(Math.max(0, match.index - 40), match.index);
    const after = body.slice(match.index + match[0].length);
    const amount = TELLING.test(before) || RATE_AFTER.test(after) ? readPrintedAmount(number, currency) : null;
    if (amount === null) {
      skip();
      continue;
    }
    const fxRate = readRate(after);
    return { originalAmountMinor: amount, originalCurrency: currency, ...(fxRate ? { fxRate } : {}) };
  }
  return null;
}

/**
 * For a statement row without a structured foreign amount: the fields `readForeignAmount` finds
 * in its text, signed like the billed amount (empty when none).
 */
export function readForeignAmountFields(text: string, billedCurrency: string, billedMinor: number): Partial<ForeignAmount> {
  const foreign = readForeignAmount(text, billedCurrency);
  return foreign ? { ...foreign, originalAmountMinor: Math.sign(billedMinor || 1) * foreign.originalAmountMinor } : {};
}
