/**
 * Reads English card alerts in the styles of large US and UK issuers: Chase ("A charge of $12.50
 * at STARBUCKS has been authorized", "You made a $12.50 transaction with …"), Amex ("A purchase of
 * $45.00 was made on your Card ending in 31007 at UBER TRIP"), Capital One, Citi, Barclays /
 * Barclaycard, HSBC UK, and Monzo / Revolut push texts ("You spent £8.40 at Pret A Manger",
 * "Paid €25.00 at Cafe de Flore"). Numeric dates are day-first for pounds and euros (UK/EU
 * issuers) and month-first otherwise; a part above 12 settles it. A card number printed with 5
 * digits (Amex "31007") keeps its last 4. See docs/importers.md.
 */
import { readAlertDate } from "./alert-date";
import { findAmounts, pickAlertAmounts } from "./alert-amount";
import { cleanMerchant, findKind, type AlertFailure, type AlertReading, type KindRule } from "./alert-reading";

const KIND_RULES: readonly KindRule[] = [
  { pattern: /thank you for your payment|payment (?:of .{1,20} )?(?:has been |was )?(?:received|posted|credited)|payment received/i, kind: "payment", state: "posted", isCredit: true },
  { pattern: /refund|credited|returned to your|credit of/i, kind: "refund", state: "posted", isCredit: true },
  { pattern: /revers|cancel+ed|voided|released/i, kind: "reversal", state: "posted", isCredit: true },
  // "An international charge of $34.88 at … has been posted to your account": the purchase posted.
  { pattern: /(?:has been|was|is now) posted|\bposted to your (?:account|card)/i, kind: "purchase", state: "posted", isCredit: false },
  { pattern: /pre-?auth|\bhold\b/i, kind: "authorisation", state: "pending", isCredit: false },
  { pattern: /\bATM\b|withdr[ae]w|cash advance/i, kind: "other", state: "pending", isCredit: false },
  {
    pattern: /charge|purchase|spent|spend|transaction|payment|paid|made|authori[sz]ed|approved|used|thank you for using|debited|pending/i,
    kind: "authorisation", state: "pending", isCredit: false,
  },
];

const STOP = "(?=\\s+(?:was|has|have|had|on|for|using|with|is|were|in the amount|from your|via|,)\\b|\\s*[,;!]|\\.(?:\\s|$)|\\s*$|\\s+at\\s+\\d)";
const MERCHANT = new RegExp(`\\b(?:at|with|to|from|merchant:?)\\s+(?!your\\b|you\\b|\\d{1,2}:\\d{2}|\\d{1,2}\\s*[ap]m)(.{2,60}?)${STOP}`, "gi");
// "ending in 1234", "ending with 1304", "card ····1234", "card *1234", "A/c XX1234", "x1234", "(31007)".
const CARD = new RegExp([
  "ending(?:\\s+(?:in|with))?\\s*[:#-]?\\s*(?:[*xX•·…]+\\s*)?(\\d{4,5})\\b",
  "(?:card|a\\/c|acct|account)\\s*(?:no\\.?|number|#)?\\s*[*xX•·.…]{1,}\\s*(\\d{4})\\b",
  "[*xX•·…]{2,}\\s*(\\d{4})\\b",
  "(?<![A-Za-z0-9])[xX](\\d{4})\\b",
].join("|"), "i");
// Issuers in these countries write numeric dates month-first; everywhere else day-first.
const MONTH_FIRST_COUNTRIES = new Set(["US", "CA", "PH"]);
const DAY_FIRST_CURRENCIES = new Set(["GBP", "EUR", "CHF", "SEK", "NOK", "DKK", "PLN", "AUD", "NZD", "SGD", "HKD", "INR"]);

function readMerchant(text: string): string {
  for (const match of text.matchAll(MERCHANT)) {
    const name = cleanMerchant(match[1]);
    const isAmountOrTime = /^(?:[$£€¥]|\d{1,2}:\d{2}|\d+(?:[.,]\d+)?\s*(?:[ap]m)?$)/i.test(name);
    if (name && !isAmountOrTime && !/\b(?:card|account)\b/i.test(name)) return name;
  }
  return "";
}

/** `issuerCountry` (ISO 3166 alpha-2) decides "03/11" when given; else the currency and the bank's name do. */
export function readEnglishAlert(text: string, issuerCountry?: string): AlertReading | AlertFailure {
  const amounts = pickAlertAmounts(findAmounts(text, "en"));
  if (!amounts) return "alerts.noAmount";
  const rule = findKind(text, KIND_RULES);
  if (!rule) return "alerts.unrecognised";
  const card = CARD.exec(text);
  const tail = card?.[1] ?? card?.[2] ?? card?.[3] ?? card?.[4];
  const dayFirst = issuerCountry
    ? !MONTH_FIRST_COUNTRIES.has(issuerCountry)
    : DAY_FIRST_CURRENCIES.has(amounts.amount.currency) || /barclay|hsbc|monzo|revolut|lloyds|natwest|santander uk/i.test(text);
  return {
    kind: rule.kind, state: rule.state, isCredit: rule.isCredit, amount: amounts.amount, billed: amounts.billed,
    merchant: readMerchant(text), cardLast4: tail?.slice(-4), date: readAlertDate(text, dayFirst),
  };
}
